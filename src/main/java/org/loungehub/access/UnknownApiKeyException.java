package org.loungehub.access;

import org.loungehub.api.ApiProblem;

/** No key with this id (answered as 404). */
public class UnknownApiKeyException extends ApiProblem {

    public UnknownApiKeyException(String id) {
        super(Type.NOT_FOUND, "No API key '" + id + "'; GET /api/v1/keys lists them");
    }
}
