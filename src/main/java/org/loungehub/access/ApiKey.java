package org.loungehub.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A stored API key: its secret is never kept, only the SHA-256 of it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKey(String id, String name, String role, String partnerId, String hash, Integer rateLimitPerMinute,
                     Instant createdAt, String createdBy, Instant expiresAt, Instant revokedAt, String replacedBy) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public Caller caller() {
        return new Caller(id, Role.parse(role), partnerId);
    }

    /** What may be shown: everything but the hash. */
    public ApiKey withoutHash() {
        return new ApiKey(id, name, role, partnerId, null, rateLimitPerMinute, createdAt, createdBy, expiresAt,
                revokedAt, replacedBy);
    }

    ApiKey revoked(Instant at) {
        return new ApiKey(id, name, role, partnerId, hash, rateLimitPerMinute, createdAt, createdBy, expiresAt, at,
                replacedBy);
    }

    ApiKey replaced(String by, Instant until) {
        Instant expiry = expiresAt == null || until.isBefore(expiresAt) ? until : expiresAt;
        return new ApiKey(id, name, role, partnerId, hash, rateLimitPerMinute, createdAt, createdBy, expiry,
                revokedAt, by);
    }
}
