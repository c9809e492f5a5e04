package org.loungehub.alert;

/** A saved demand id that does not exist (answered 404). */
public class UnknownSavedDemandException extends RuntimeException {

    public UnknownSavedDemandException(String id) {
        super("No saved demand '" + id + "'; GET /api/v1/saved-demands lists them");
    }
}
