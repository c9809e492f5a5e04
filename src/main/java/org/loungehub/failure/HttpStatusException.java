package org.loungehub.failure;

/** An answer with an HTTP status that is a failure: classified by that status (Failures). */
public class HttpStatusException extends RuntimeException {

    private final int status;

    public HttpStatusException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
