package org.loungehub.intake.format;

import java.util.Map;

/**
 * One record as a feed reader found it, before any mapping.
 *
 * @param number the record's 1-based position in the feed: data row (CSV, XLSX; the header is not counted),
 *               line (NDJSON) or array element (JSON)
 * @param fields the record's own field names and values; nested JSON values stay Maps and Lists; empty when
 *               the record could not be read
 * @param error  why the record could not be read, or null when it was read
 */
public record RawRecord(long number, Map<String, Object> fields, String error) {

    public static RawRecord of(long number, Map<String, Object> fields) {
        return new RawRecord(number, fields, null);
    }

    public static RawRecord failed(long number, String error) {
        return new RawRecord(number, Map.of(), error);
    }

    public boolean failed() {
        return error != null;
    }
}
