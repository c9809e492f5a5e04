package org.loungehub.intake;

import org.loungehub.api.ApiProblem;

/** The hub does not read this format or charset (HTTP 415). */
public class UnsupportedFeedException extends ApiProblem {
    public UnsupportedFeedException(String message) {
        super(Type.UNSUPPORTED_MEDIA_TYPE, message);
    }
}
