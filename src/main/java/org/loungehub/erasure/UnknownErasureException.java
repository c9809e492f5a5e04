package org.loungehub.erasure;

import org.loungehub.api.ApiProblem;

public class UnknownErasureException extends ApiProblem {

    public UnknownErasureException(String id) {
        super(Type.NOT_FOUND, "No erasure '" + id + "'");
    }
}
