package org.smartlibrary.kit.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The NUL character (U+0000) is refused wherever a request carries text, because PostgreSQL cannot store it in a
 * text column ({@code invalid byte sequence for encoding "UTF8": 0x00}) and a request must never get that far:
 * a JSON string containing an escaped U+0000 fails to deserialize ({@link NulCharacterException}, a 400 naming the
 * field), and {@link RequestLimits} refuses {@code %00} in the path or query (400). Found by deploy/fuzz/run
 * (500s from assessment-service and partner-service).
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {

    private static final Pattern ENCODED_NUL = Pattern.compile("%00");

    /** A JSON string value contained U+0000; ProblemMappers answers 400 naming the field. */
    public static final class NulCharacterException extends JsonMappingException {
        NulCharacterException(JsonParser parser) {
            super(parser, "must not contain the NUL character (U+0000)");
        }
    }

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new SimpleModule("slp-no-nul-characters").addDeserializer(String.class, new Strings()));
    }

    /** Whether a raw request target (path and query, still percent-encoded) encodes a NUL character. */
    public static boolean encodedIn(String rawTarget) {
        return rawTarget != null && ENCODED_NUL.matcher(rawTarget).find();
    }

    /** Jackson's own String deserializer (same coercions), then the NUL check. */
    static final class Strings extends StdScalarDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new NulCharacterException(parser);
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
