package org.smartlibrary.matching.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.matching.api.ConsortiumRecommendationsView;
import org.smartlibrary.matching.api.RecommendationsView;
import org.smartlibrary.matching.repository.RenderedDocumentRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Renders the READY documents kept with the sets, with the application's mapper (which the REST layer writes
 * responses with), and says which build rendered a kept one: its {@link #fingerprint()} covers the class files of the
 * view records a document is written from (found through record components and their type arguments) and the
 * mapper's Jackson version, naming strategy, serialization features and inclusion. A kept document with another
 * fingerprint may lack a field this build writes (or write one it dropped), so it is rendered again on its next read;
 * replicas of one build agree on the fingerprint.
 */
@ApplicationScoped
public class DocumentRendering {

    private static final List<Class<?>> DOCUMENTS = List.of(RecommendationsView.class,
            ConsortiumRecommendationsView.class);
    private static final String OWN_PACKAGES = "org.smartlibrary.";

    private final ObjectMapper mapper;
    private final String fingerprint;

    @Inject
    public DocumentRendering(ObjectMapper mapper) {
        this.mapper = mapper;
        this.fingerprint = fingerprint(mapper);
    }

    /** Renders the document from the view {@code withRefreshPending} gives for refresh_pending false and true. */
    public RenderedDocument render(Function<Boolean, Object> withRefreshPending) {
        return RenderedDocument.render(mapper, withRefreshPending);
    }

    /** The kept document if this build rendered it; null when none is kept or another build rendered it. */
    public RenderedDocument ofThisBuild(RenderedDocumentRepository.Kept kept) {
        return kept == null || !fingerprint.equals(kept.renderedWith()) ? null
                : new RenderedDocument(kept.json(), kept.refreshPendingAt());
    }

    /** What to keep of a document this build rendered. */
    public RenderedDocumentRepository.Kept toKeep(RenderedDocument document) {
        return new RenderedDocumentRepository.Kept(document.json(), document.refreshPendingAt(), fingerprint);
    }

    /** The rendering of this build, kept with each rendered document (16 hex digits). */
    public String fingerprint() {
        return fingerprint;
    }

    static String fingerprint(ObjectMapper mapper) {
        MessageDigest digest = sha256();
        update(digest, mapper.version().toFullString());
        update(digest, String.valueOf(mapper.getPropertyNamingStrategy() == null ? null
                : mapper.getPropertyNamingStrategy().getClass().getName()));
        update(digest, Integer.toString(mapper.getSerializationConfig().getSerializationFeatures()));
        update(digest, String.valueOf(mapper.getSerializationConfig().getDefaultPropertyInclusion()));
        for (Class<?> type : viewClasses()) {
            update(digest, type.getName());
            digest.update(classFile(type));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /** The documents' classes and every class of this project their record components reach. */
    static Set<Class<?>> viewClasses() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Type> pending = new ArrayDeque<>(DOCUMENTS);
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.push(parameterized.getRawType());
                Arrays.stream(parameterized.getActualTypeArguments()).forEach(pending::push);
            } else if (type instanceof GenericArrayType array) {
                pending.push(array.getGenericComponentType());
            } else if (type instanceof WildcardType wildcard) {
                Arrays.stream(wildcard.getUpperBounds()).forEach(pending::push);
            } else if (type instanceof Class<?> raw && raw.isArray()) {
                pending.push(raw.getComponentType());
            } else if (type instanceof Class<?> raw && raw.getName().startsWith(OWN_PACKAGES) && found.add(raw)
                    && raw.isRecord()) {
                Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getGenericType).forEach(pending::push);
            }
        }
        return found;
    }

    private static byte[] classFile(Class<?> type) {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                // no class file to read: the record's components at least (names, types, annotations)
                return Arrays.toString(type.isRecord() ? type.getRecordComponents() : new Object[0])
                        .getBytes(StandardCharsets.UTF_8);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void update(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
