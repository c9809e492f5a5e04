package org.loungehub.intake.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;

/** One JSON object per line (UTF-8); a line that is not one becomes an error record and reading goes on. */
final class NdjsonRecordReader extends AbstractRecordReader {

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private final JsonFactory json;
    private final int maxLineBytes;
    private byte[] line = new byte[8 * 1024];
    private int length;
    private long lineNumber;
    private boolean seenContent;

    NdjsonRecordReader(InputStream in, JsonFactory json, int maxLineBytes) {
        this.in = in;
        this.json = json;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    protected RawRecord readNext() throws IOException {
        while (true) {
            LineEnd end = readLine();
            if (end == LineEnd.END_OF_STREAM) {
                return null;
            }
            lineNumber++;
            if (end == LineEnd.TOO_LONG) {
                return RawRecord.failed(lineNumber, "line " + lineNumber + ": longer than " + maxLineBytes + " bytes");
            }
            int from = lineNumber == 1 ? CharsetDetector.bomLength(line, length) : 0;
            int first = firstContent(from);
            if (first < 0) {
                continue;
            }
            if (!seenContent && line[first] != '{') {
                throw new MalformedFeedException("not NDJSON: line " + lineNumber + " starts with '"
                        + preview(first) + "' where a JSON object '{' was expected");
            }
            seenContent = true;
            return parse(from);
        }
    }

    private RawRecord parse(int from) throws IOException {
        try (JsonParser parser = json.createParser(line, from, length - from)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                return RawRecord.failed(lineNumber, "line " + lineNumber + ": expected a JSON object, found "
                        + JsonValues.describe(token));
            }
            Map<String, Object> object = JsonValues.readObject(parser, maxLineBytes);
            if (parser.nextToken() != null) {
                return RawRecord.failed(lineNumber, "line " + lineNumber + ": more than one JSON value on the line");
            }
            return RawRecord.of(lineNumber, object);
        } catch (JsonProcessingException e) {
            return RawRecord.failed(lineNumber, "line " + lineNumber + ": malformed JSON: " + e.getOriginalMessage());
        }
    }

    private enum LineEnd { NEWLINE, END_OF_STREAM, TOO_LONG }

    /** Reads up to the next '\n' (dropped, with a '\r' before it); a line over the limit is skipped unread. */
    private LineEnd readLine() throws IOException {
        length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return LineEnd.END_OF_STREAM;
                    }
                    break;
                }
            }
            any = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - position;
            if (!tooLong && (long) length + chunk > maxLineBytes) {
                tooLong = true;
                line = new byte[8 * 1024];
                length = 0;
            }
            if (!tooLong) {
                if (length + chunk > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(Math.max((long) line.length * 2, length + chunk),
                            maxLineBytes));
                }
                System.arraycopy(buffer, position, line, length, chunk);
                length += chunk;
            }
            position = end;
            if (end < limit) {
                position++;
                break;
            }
        }
        if (tooLong) {
            return LineEnd.TOO_LONG;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return LineEnd.NEWLINE;
    }

    private int firstContent(int from) {
        for (int i = from; i < length; i++) {
            byte c = line[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    private String preview(int from) {
        String text = new String(line, from, Math.min(length - from, 20), java.nio.charset.StandardCharsets.UTF_8);
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
