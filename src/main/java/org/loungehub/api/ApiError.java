package org.loungehub.api;

/** The body of every error answer: what went wrong, in words that say what to do. */
public record ApiError(int status, String error, String message) {
}
