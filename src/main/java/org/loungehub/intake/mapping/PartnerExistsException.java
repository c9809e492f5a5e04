package org.loungehub.intake.mapping;

import org.loungehub.api.ApiProblem;

/** A partner with this id exists already (answered as 409). */
public class PartnerExistsException extends ApiProblem {

    public PartnerExistsException(String id) {
        super(Type.CONFLICT, "Partner '" + id + "' exists already; choose another id (GET /api/v1/partners lists them)");
    }
}
