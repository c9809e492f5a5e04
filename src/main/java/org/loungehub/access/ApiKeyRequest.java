package org.loungehub.access;

import java.time.Instant;

/**
 * Body of POST /api/v1/keys.
 *
 * @param name what the key is for ("Tel Aviv incubator nightly feed")
 * @param role admin, staff, partner or enterprise
 * @param partnerId the partner a partner key acts for
 * @param expiresAt when the key stops working (none: until revoked)
 * @param rateLimitPerMinute this key's own limit (none: the hub's default)
 */
public record ApiKeyRequest(String name, String role, String partnerId, Instant expiresAt, Integer rateLimitPerMinute) {
}
