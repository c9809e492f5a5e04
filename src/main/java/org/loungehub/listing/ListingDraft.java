package org.loungehub.listing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A partner record after declarative mapping and before normalization: canonical field names (see
 * {@link CanonicalFields}) with the partner's raw values, each a String or a List of Strings.
 *
 * @param recordNumber the record's 1-based position in its batch, for error reports
 * @param format the feed format (json, ndjson, csv, xlsx)
 * @param original the record as the partner sent it, kept for audit
 */
public record ListingDraft(String partnerId, String batchId, long recordNumber, String format,
                           Map<String, Object> original, Map<String, Object> fields) {

    /** The field as one trimmed string (lists joined with "; "); null when absent or blank. */
    public String text(String field) {
        Object value = fields.get(field);
        String text;
        if (value == null) {
            return null;
        } else if (value instanceof Collection<?> values) {
            text = String.join("; ", values.stream().map(String::valueOf).toList());
        } else {
            text = String.valueOf(value);
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    /** The field as a list of non-blank strings (a single value becomes a one-element list). */
    public List<String> list(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return List.of();
        }
        Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
        return values.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
