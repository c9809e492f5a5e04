package org.loungehub.access;

import org.loungehub.api.ApiProblem;

/** The caller may make this request, but not about this item (another partner's, another owner's): 403. */
public class ForbiddenException extends ApiProblem {

    public ForbiddenException(String message) {
        super(Type.FORBIDDEN, message);
    }
}
