package org.smartlibrary.kit.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The rules for text in a request, applied once for every service:
 * <ul>
 *   <li>No value is empty. A JSON string that is empty, or empty once white space and control characters are
 *   removed ({@code ""}, {@code " "}, {@code "\u0000"}), is refused whatever field it is sent for: text, an id,
 *   a date, a code or a number ({@link BlankTextException}, a 400 naming the field). An optional field is omitted
 *   or {@code null}, never {@code ""}. Likewise a query parameter given with an empty value (400 naming it).</li>
 *   <li>No text contains the NUL character (U+0000), which PostgreSQL cannot store: a JSON string containing it
 *   is refused ({@link NulCharacterException}), and so is {@code %00} in the path or query ({@link RequestLimits}).</li>
 * </ul>
 * The OpenAPI documents state both rules on every free-text request string ({@link #NOT_BLANK_PATTERN}).
 */
@Singleton
public class TextInput implements ObjectMapperCustomizer {

    /** One character that is neither white space nor a control character. */
    private static final String VISIBLE_CHARACTER = "[^\\s\\u0000-\\u001f\\u007f-\\u009f]";

    /**
     * What a request string must match, as the documents state it (portable to ECMA-262): no NUL character anywhere
     * and at least one visible character.
     */
    public static final String NOT_BLANK_PATTERN = "^[^\\u0000]*" + VISIBLE_CHARACTER + "[^\\u0000]*$";

    /** The message that names the rule, the same for a body field and a query parameter. */
    public static final String BLANK_MESSAGE = "must not be empty or blank: omit it or send null instead";

    private static final Pattern VISIBLE = Pattern.compile(VISIBLE_CHARACTER);
    private static final Pattern ENCODED_NUL = Pattern.compile("%00");

    /** A JSON string value contained U+0000; ProblemMappers answers 400 naming the field. */
    public static final class NulCharacterException extends JsonMappingException {
        NulCharacterException(JsonParser parser) {
            super(parser, "must not contain the NUL character (U+0000)");
        }
    }

    /** A JSON string value was empty or blank; ProblemMappers answers 400 naming the field. */
    public static final class BlankTextException extends JsonMappingException {
        BlankTextException(JsonParser parser) {
            super(parser, BLANK_MESSAGE);
        }
    }

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new SimpleModule("slp-text-input").addDeserializer(String.class, new Strings()));
        // ids, dates, codes and numbers sent as "" (or blank, which Jackson trims to "") are refused, not read as null
        objectMapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(Boolean.TRUE);
        // text is sent as a JSON string: a number or a boolean where the document says string is refused, not read as "42"
        objectMapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    /** Whether a text is empty once white space and control characters are removed (null is not blank: it is absent). */
    public static boolean isBlank(String text) {
        return text != null && !VISIBLE.matcher(text).find();
    }

    /**
     * Whether the current request carries this header with an empty (or, trimmed, blank) value: JAX-RS hands such a
     * header to a resource as null, as if it were absent.
     */
    public static boolean sentEmpty(String header) {
        ArcContainer container = Arc.container();
        InstanceHandle<CurrentVertxRequest> current = container == null ? null
                : container.instance(CurrentVertxRequest.class);
        RoutingContext context = current == null || !current.isAvailable() ? null : current.get().getCurrent();
        return context != null && context.request().headers().contains(header);
    }

    /** Whether a raw request target (path and query, still percent-encoded) encodes a NUL character. */
    public static boolean encodedNulIn(String rawTarget) {
        return rawTarget != null && ENCODED_NUL.matcher(rawTarget).find();
    }

    /** Jackson's own String deserializer (same coercions), then the NUL and blank checks. */
    static final class Strings extends StdScalarDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0 && !isBlank(value)) {
                throw new NulCharacterException(parser);
            }
            if (isBlank(value)) {
                throw new BlankTextException(parser);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
