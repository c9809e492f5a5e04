package org.loungehub.intake.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON object from a streaming parser into Maps, Lists, Strings, numbers and booleans, giving up as
 * soon as the object spans more than a byte budget, so one oversized record cannot exhaust the heap. Decimal
 * numbers are kept as {@link java.math.BigDecimal} so that "32.1725062" stays exactly that.
 */
final class JsonValues {

    /** The object grew past its budget; the parser stands somewhere inside it. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super(null, null, false, false);
        }
    }

    private JsonValues() {
    }

    /** Reads the object whose START_OBJECT is the parser's current token. */
    static Map<String, Object> readObject(JsonParser parser, long maxBytes) throws IOException {
        long start = offset(parser.currentTokenLocation());
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) readValue(parser, start, maxBytes);
        return object;
    }

    private static Object readValue(JsonParser parser, long start, long maxBytes) throws IOException {
        if (offset(parser.currentLocation()) - start > maxBytes) {
            throw new TooLargeException();
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (next(parser) != JsonToken.END_OBJECT) {
                    String name = parser.currentName();
                    next(parser);
                    map.put(name, readValue(parser, start, maxBytes));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (next(parser) != JsonToken.END_ARRAY) {
                    list.add(readValue(parser, start, maxBytes));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(parser, "unexpected " + token);
        };
    }

    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonParseException(parser, "unexpected end of input");
        }
        return token;
    }

    static long offset(JsonLocation location) {
        return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
    }

    /** "a string", "a number": for messages about values that are not objects. */
    static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }
}
