package org.loungehub.intake.mapping;

/** A record's shape does not fit an expression, e.g. an object where the mapping expects a value. */
public class ExpressionException extends RuntimeException {

    public ExpressionException(String message) {
        super(message);
    }
}
