package org.loungehub.intake.mapping;

/** A partner with this id exists already (answered as 409). */
public class PartnerExistsException extends RuntimeException {

    public PartnerExistsException(String id) {
        super("Partner '" + id + "' exists already; choose another id (GET /api/v1/partners lists them)");
    }
}
