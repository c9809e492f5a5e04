package org.loungehub.intake;

/** The whole payload cannot be read as the declared format (HTTP 400). */
public class MalformedPayloadException extends RuntimeException {
    public MalformedPayloadException(String message) {
        super(message);
    }
}
