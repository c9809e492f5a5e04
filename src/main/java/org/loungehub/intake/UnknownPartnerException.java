package org.loungehub.intake;

/** No partner with this id is configured (HTTP 404). */
public class UnknownPartnerException extends RuntimeException {
    public UnknownPartnerException(String partnerId) {
        super("No partner '" + partnerId + "' is configured: partners are onboarded with a file in infra/partners");
    }
}
