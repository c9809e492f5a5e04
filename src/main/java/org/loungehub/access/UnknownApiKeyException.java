package org.loungehub.access;

/** No key with this id (answered as 404). */
public class UnknownApiKeyException extends RuntimeException {

    public UnknownApiKeyException(String id) {
        super("No API key '" + id + "'; GET /api/v1/keys lists them");
    }
}
