package org.loungehub.listing;

/**
 * A stored listing Elasticsearch could not read (a shard away, a block, overload): unread is not absent, so a caller
 * judging writes by the stored version must not go on as if there were none.
 */
public class UnreadListingException extends RuntimeException {

    private final String type;

    UnreadListingException(String id, String type, String reason) {
        super("Elasticsearch could not read the indexed listing " + id + ": " + type + ": " + reason);
        this.type = type;
    }

    /** Elasticsearch's error type, e.g. no_shard_available_action_exception. */
    public String type() {
        return type;
    }
}
