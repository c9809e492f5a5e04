package org.loungehub.intake.format;

/** The payload as a whole is not the format it was declared or detected as (e.g. an HTML page sent as JSON). */
public class MalformedFeedException extends RuntimeException {

    public MalformedFeedException(String message) {
        super(message);
    }

    public MalformedFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
