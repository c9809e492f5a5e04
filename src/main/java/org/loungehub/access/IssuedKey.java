package org.loungehub.access;

/** A new key with its secret: the only time the secret is shown. */
public record IssuedKey(ApiKey key, String secret, String usage) {

    static IssuedKey of(ApiKey key, String secret) {
        return new IssuedKey(key.withoutHash(), secret,
                "Send it as 'Authorization: ApiKey <secret>' or 'X-Api-Key: <secret>'. It is not stored and cannot be shown again.");
    }
}
