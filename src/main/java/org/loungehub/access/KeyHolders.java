package org.loungehub.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who holds what a caller saved (saved demands): the key that saved it, or a key that key was rotated into — a
 * rotation hands the same holder a new secret, not a new identity. Also what that holder may do now, for work done
 * on its behalf without a request (matching new listings for its saved demands).
 */
@Component
public class KeyHolders {

    /** Prefix of callers authenticated by a staff bearer token (their id is the token's subject). */
    static final String TOKEN_SUBJECT = "oidc:";
    /**
     * The rights used for something saved before the hub recorded owners: an enterprise's, the least that still
     * lets a saved demand work (every partner's listings, no personal data).
     */
    static final Caller UNKNOWN_OWNER = new Caller("system:unknown-owner", Role.ENTERPRISE, null);

    private final ApiKeys keys;
    private final Clock clock;

    KeyHolders(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The owner ids that are this caller's: its own, and those of the keys it was rotated from. */
    public Set<String> idsOf(Caller caller) {
        Callers.required(caller);
        return lineage(caller.id(), keys.list());
    }

    /**
     * The rights of an owner id now: its latest key's if that key is active; a staff token subject's; empty when
     * the key was revoked or has expired (nothing is done in its name any more). An id the hub does not know (saved
     * before owners were recorded) gets {@link #UNKNOWN_OWNER}'s.
     */
    public Optional<Caller> rightsOf(String ownerId) {
        return rightsOf(ownerId, keys.list(), clock.instant());
    }

    static Set<String> lineage(String id, Collection<ApiKey> all) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ApiKey key : all) {
                if (key.replacedBy() != null && ids.contains(key.replacedBy()) && ids.add(key.id())) {
                    grew = true;
                }
            }
        }
        return ids;
    }

    static Optional<Caller> rightsOf(String ownerId, Collection<ApiKey> all, Instant now) {
        if (ownerId == null || ownerId.isBlank()) {
            return Optional.of(UNKNOWN_OWNER);
        }
        if (ownerId.startsWith(TOKEN_SUBJECT)) {
            return Optional.of(new Caller(ownerId, Role.STAFF, null));
        }
        Map<String, ApiKey> byId = all.stream().collect(Collectors.toMap(ApiKey::id, Function.identity(), (a, b) -> a));
        ApiKey key = byId.get(ownerId);
        if (key == null) {
            return Optional.of(UNKNOWN_OWNER);
        }
        Set<String> seen = new HashSet<>();
        while (key.replacedBy() != null && byId.containsKey(key.replacedBy()) && seen.add(key.id())) {
            key = byId.get(key.replacedBy());
        }
        return key.activeAt(now) ? Optional.of(key.caller()) : Optional.empty();
    }
}
