package org.loungehub.normalize;

/** A parsed field value, or the reason it could not be parsed (for a FieldError). */
record Checked<T>(T value, String problem) {

    static <T> Checked<T> ok(T value) {
        return new Checked<>(value, null);
    }

    static <T> Checked<T> problem(String reason) {
        return new Checked<>(null, reason);
    }

    boolean failed() {
        return problem != null;
    }

    /** The partner's value as it appears in an error message: quoted, and shortened when long. */
    static String quote(String value) {
        String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return "'" + shown + "'";
    }
}
