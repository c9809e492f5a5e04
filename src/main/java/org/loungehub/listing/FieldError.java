package org.loungehub.listing;

/** Why one record was rejected: its number in the feed (1-based), the field, and the reason in plain words. */
public record FieldError(long recordNumber, String field, String reason) {

    public String describe() {
        return "record " + recordNumber + (field == null ? "" : ", field '" + field + "'") + ": " + reason;
    }
}
