package org.loungehub.intake.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON array of objects, read element by element; a single top-level object is one record. A syntax error
 * ends the feed with one error record, since nothing after it can be trusted.
 */
final class JsonArrayRecordReader extends AbstractRecordReader {

    private final JsonParser parser;
    private final int maxElementBytes;
    private final boolean singleObject;
    private long number;
    private boolean ended;

    JsonArrayRecordReader(InputStream in, JsonFactory json, int maxElementBytes) throws IOException {
        this.maxElementBytes = maxElementBytes;
        this.parser = json.createParser(in);
        JsonToken first;
        try {
            first = parser.nextToken();
        } catch (JsonProcessingException e) {
            parser.close();
            throw new MalformedFeedException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (first != null && first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
            parser.close();
            throw new MalformedFeedException("expected a JSON array of objects, found " + JsonValues.describe(first));
        }
        this.singleObject = first == JsonToken.START_OBJECT;
        this.ended = first == null;
    }

    @Override
    protected RawRecord readNext() throws IOException {
        if (ended) {
            return null;
        }
        long element = number + 1;
        try {
            JsonToken token = singleObject ? parser.currentToken() : parser.nextToken();
            if (token == null) {
                ended = true;
                return RawRecord.failed(element, "element " + element + ": the array is not closed (truncated feed?)");
            }
            if (token == JsonToken.END_ARRAY) {
                ended = true;
                return null;
            }
            number = element;
            ended = singleObject;
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return RawRecord.failed(number, "element " + number + ": expected a JSON object, found "
                        + JsonValues.describe(token));
            }
            try {
                return RawRecord.of(number, JsonValues.readObject(parser, maxElementBytes));
            } catch (JsonValues.TooLargeException e) {
                skipRestOfElement();
                return RawRecord.failed(number, "element " + number + ": larger than " + maxElementBytes + " bytes");
            }
        } catch (JsonProcessingException e) {
            ended = true;
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return RawRecord.failed(element, "element " + element + ": malformed JSON" + where + ": "
                    + e.getOriginalMessage());
        }
    }

    /** Streams past the rest of an oversized element without keeping it. */
    private void skipRestOfElement() throws IOException {
        int elementDepth = singleObject ? 0 : 1;
        while (parser.getParsingContext().getNestingDepth() > elementDepth) {
            if (parser.nextToken() == null) {
                ended = true;
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
