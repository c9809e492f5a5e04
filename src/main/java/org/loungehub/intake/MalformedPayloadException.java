package org.loungehub.intake;

import org.loungehub.api.ApiProblem;

/** The whole payload cannot be read as the declared format (HTTP 400). */
public class MalformedPayloadException extends ApiProblem {
    public MalformedPayloadException(String message) {
        super(Type.BAD_REQUEST, message);
    }
}
