package org.loungehub.listing;

/**
 * A field dropped from a record that was indexed without it: its number in the feed (1-based), the field, the
 * partner's value (shortened when long) and why it was dropped.
 */
public record FieldWarning(long recordNumber, String field, String value, String reason) {

    private static final int MAX_VALUE = 200;

    public FieldWarning {
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE - 3) + "...";
        }
    }
}
