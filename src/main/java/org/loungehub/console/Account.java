package org.loungehub.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A console sign-in, as stored in the {@code accounts} index: the password only as a DelegatingPasswordEncoder hash
 * ("{bcrypt}..."), the failed sign-ins since the last success, and when a lock-out ends.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Account(String username, String passwordHash, String role, String partnerId, Instant createdAt,
               String createdBy, int failedSignIns, Instant lockedUntil) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Account failed(int maxFailures, Instant now, java.time.Duration lockout) {
        int failures = failedSignIns + 1;
        if (failures >= maxFailures) {
            return new Account(username, passwordHash, role, partnerId, createdAt, createdBy, 0, now.plus(lockout));
        }
        return new Account(username, passwordHash, role, partnerId, createdAt, createdBy, failures, lockedUntil);
    }

    Account succeeded() {
        return new Account(username, passwordHash, role, partnerId, createdAt, createdBy, 0, null);
    }
}
