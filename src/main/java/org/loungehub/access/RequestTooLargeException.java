package org.loungehub.access;

/** A request body over hub.security.max-request-body (answered as 413). */
public class RequestTooLargeException extends RuntimeException {

    public RequestTooLargeException(String message) {
        super(message);
    }
}
