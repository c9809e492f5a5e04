package org.loungehub.access;

/** The caller may make this request, but not about this item (another partner's, another owner's): 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
