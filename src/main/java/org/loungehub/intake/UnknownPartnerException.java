package org.loungehub.intake;

import org.loungehub.api.ApiProblem;

/** No partner with this id is configured (HTTP 404). */
public class UnknownPartnerException extends ApiProblem {
    public UnknownPartnerException(String partnerId) {
        super(Type.NOT_FOUND, "No partner '" + partnerId + "' is configured: partners are onboarded with a file in infra/partners");
    }
}
