package org.loungehub.intake;

/** The hub does not read this format or charset (HTTP 415). */
public class UnsupportedFeedException extends RuntimeException {
    public UnsupportedFeedException(String message) {
        super(message);
    }
}
