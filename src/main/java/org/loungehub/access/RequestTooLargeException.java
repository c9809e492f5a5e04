package org.loungehub.access;

import org.loungehub.api.ApiProblem;

/** A request body over hub.security.max-request-body (answered as 413). */
public class RequestTooLargeException extends ApiProblem {

    public RequestTooLargeException(String message) {
        super(Type.PAYLOAD_TOO_LARGE, message);
    }
}
