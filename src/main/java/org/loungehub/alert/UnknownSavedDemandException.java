package org.loungehub.alert;

import org.loungehub.api.ApiProblem;

/** A saved demand id that does not exist (answered 404). */
public class UnknownSavedDemandException extends ApiProblem {

    public UnknownSavedDemandException(String id) {
        super(Type.NOT_FOUND, "No saved demand '" + id + "'; GET /api/v1/saved-demands lists them");
    }
}
