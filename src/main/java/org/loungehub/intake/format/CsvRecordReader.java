package org.loungehub.intake.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RFC 4180 CSV, parsed as a stream of characters: quoted fields with "" escapes, delimiters and line breaks
 * inside quotes, CRLF, LF or CR line ends, a header row naming the fields. Blank lines are skipped. A record
 * with the wrong number of fields, a stray quote, invalid bytes or an excessive size becomes an error record and
 * the next record is read normally.
 */
final class CsvRecordReader extends AbstractRecordReader {

    private final DecodingReader in;
    private final char delimiter;
    private final int maxRecordChars;
    private final List<String> header;
    private int pushedBack = -2;
    private long number;

    /** Reads the header row at once, so that a payload that is no CSV at all fails before any record. */
    CsvRecordReader(DecodingReader in, char delimiter, int maxRecordChars) throws IOException {
        this.in = in;
        this.delimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
        this.header = readHeader();
    }

    List<String> header() {
        return header;
    }

    private List<String> readHeader() throws IOException {
        Row row = readRow();
        if (row == null) {
            return List.of();
        }
        if (row.error != null) {
            throw new MalformedFeedException("CSV header row: " + row.error);
        }
        if (row.malformed) {
            throw new MalformedFeedException("CSV header row has bytes that are invalid in " + in.charsetName()
                    + "; declare the feed's charset");
        }
        String first = row.fields.get(0).stripLeading();
        if (first.startsWith("<")) {
            throw new MalformedFeedException("not CSV: the payload starts with '<' (an HTML or XML document?)");
        }
        List<String> names = new ArrayList<>(row.fields.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < row.fields.size(); i++) {
            String name = row.fields.get(i).strip();
            if (name.isEmpty()) {
                name = "column " + (i + 1);
            }
            if (!seen.add(name)) {
                throw new MalformedFeedException("CSV header names column '" + name + "' twice");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    @Override
    protected RawRecord readNext() throws IOException {
        if (header.isEmpty()) {
            return null;
        }
        Row row = readRow();
        if (row == null) {
            return null;
        }
        number++;
        if (row.error != null) {
            return RawRecord.failed(number, "record " + number + ": " + row.error);
        }
        if (row.malformed) {
            return RawRecord.failed(number, "record " + number + ": invalid bytes for charset " + in.charsetName());
        }
        if (row.fields.size() != header.size()) {
            return RawRecord.failed(number, "record " + number + ": expected " + header.size() + " columns, found "
                    + row.fields.size());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), row.fields.get(i));
        }
        return RawRecord.of(number, fields);
    }

    private record Row(List<String> fields, String error, boolean malformed) {
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    /** The next non-blank row, or null at the end of the stream. */
    private Row readRow() throws IOException {
        while (true) {
            long malformedBefore = in.malformed();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            State state = State.FIELD_START;
            boolean quoted = false;
            String error = null;
            long size = 0;
            int c = read();
            if (c == -1) {
                return null;
            }
            while (true) {
                if (state == State.QUOTED) {
                    if (c == -1) {
                        error = "a quoted field is not closed before the end of the feed";
                        fields.add(field.toString());
                        break;
                    }
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED;
                    } else {
                        size = append(field, c, size);
                    }
                } else if (state == State.QUOTE_IN_QUOTED && c == '"') {
                    size = append(field, c, size);
                    state = State.QUOTED;
                } else if (c == delimiter) {
                    if (++size <= maxRecordChars) {
                        fields.add(field.toString());
                    }
                    field.setLength(0);
                    state = State.FIELD_START;
                } else if (c == '\n' || c == '\r' || c == -1) {
                    if (c == '\r') {
                        int after = read();
                        if (after != '\n') {
                            pushedBack = after;
                        }
                    }
                    fields.add(field.toString());
                    break;
                } else if (state == State.FIELD_START && c == '"') {
                    quoted = true;
                    state = State.QUOTED;
                } else {
                    if (state == State.QUOTE_IN_QUOTED && error == null) {
                        error = "field " + (fields.size() + 1) + ": text after a closing quote";
                    }
                    size = append(field, c, size);
                    state = State.UNQUOTED;
                }
                c = read();
            }
            if (size > maxRecordChars) {
                error = "longer than " + maxRecordChars + " characters";
            }
            boolean blank = fields.size() == 1 && fields.get(0).isBlank() && !quoted;
            if (!blank || error != null) {
                return new Row(fields, error, in.malformed() > malformedBefore);
            }
        }
    }

    /** Appends while the record is within its limit; past it, only counts (the record becomes an error). */
    private long append(StringBuilder field, int c, long size) {
        if (size < maxRecordChars) {
            field.append((char) c);
        }
        return size + 1;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
