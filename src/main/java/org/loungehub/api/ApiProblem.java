package org.loungehub.api;

/**
 * A failure the caller can act on, with the HTTP answer it deserves. Features' exceptions extend it, so that the one
 * error policy ({@link ApiErrors}) answers them without knowing any of them; anything else is a 500.
 */
public abstract class ApiProblem extends RuntimeException {

    /** The few kinds of failure the API tells apart. */
    public enum Type {
        BAD_REQUEST(400, "Bad Request"),
        FORBIDDEN(403, "Forbidden"),
        NOT_FOUND(404, "Not Found"),
        CONFLICT(409, "Conflict"),
        PAYLOAD_TOO_LARGE(413, "Payload Too Large"),
        UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type");

        private final int status;
        private final String reason;

        Type(int status, String reason) {
            this.status = status;
            this.reason = reason;
        }

        public int status() {
            return status;
        }

        public String reason() {
            return reason;
        }
    }

    private final Type type;

    protected ApiProblem(Type type, String message) {
        super(message);
        this.type = type;
    }

    public Type type() {
        return type;
    }
}
