package org.smartlibrary.partner.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * Reads an Integer only from a whole JSON number. Jackson would otherwise truncate 2.5 to 2 or read "3" as 3; here
 * both are refused as a 400 naming the field.
 */
public class WholeNumber extends StdDeserializer<Integer> {

    public WholeNumber() {
        super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        return (Integer) context.handleUnexpectedToken(Integer.class, parser.currentToken(), parser,
                "must be a whole number");
    }
}
