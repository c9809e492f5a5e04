package org.loungehub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyHoldersTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final Instant CREATED = NOW.minusSeconds(86_400);

    private static ApiKey key(String id, String role, String partner, Instant expires, Instant revoked, String replacedBy) {
        return new ApiKey(id, id, role, partner, "hash-" + id, null, CREATED, "k-admin", expires, revoked, replacedBy);
    }

    /** k-1 rotated into k-2 (overlap over), k-2 into k-3; k-9 another enterprise; k-r revoked. */
    private static final List<ApiKey> KEYS = List.of(
            key("k-1", "enterprise", null, NOW.minusSeconds(60), null, "k-2"),
            key("k-2", "enterprise", null, NOW.plusSeconds(600), null, "k-3"),
            key("k-3", "enterprise", null, null, null, null),
            key("k-9", "enterprise", null, null, null, null),
            key("k-r", "staff", null, null, NOW.minusSeconds(5), null),
            key("k-p", "partner", "csl-offers", null, null, null));

    @Test
    void aRotatedKeyStillHoldsWhatItsPredecessorsSaved() {
        assertThat(KeyHolders.lineage("k-3", KEYS)).containsExactlyInAnyOrder("k-1", "k-2", "k-3");
        assertThat(KeyHolders.lineage("k-2", KEYS)).containsExactlyInAnyOrder("k-1", "k-2");
        assertThat(KeyHolders.lineage("k-9", KEYS)).containsExactly("k-9");
    }

    @Test
    void anOwnerActsWithTheRightsOfItsLatestKey() {
        assertThat(KeyHolders.rightsOf("k-1", KEYS, NOW)).hasValue(new Caller("k-3", Role.ENTERPRISE, null));
        assertThat(KeyHolders.rightsOf("k-p", KEYS, NOW)).hasValue(new Caller("k-p", Role.PARTNER, "csl-offers"));
        assertThat(KeyHolders.rightsOf("oidc:alice", KEYS, NOW)).hasValue(new Caller("oidc:alice", Role.STAFF, null));
    }

    @Test
    void aRevokedOrExpiredOwnerHasNoRightsAndAnUnknownOneTheLeast() {
        assertThat(KeyHolders.rightsOf("k-r", KEYS, NOW)).isEmpty();
        assertThat(KeyHolders.rightsOf("k-3", KEYS, NOW.plusSeconds(1)).orElseThrow().id()).isEqualTo("k-3");
        assertThat(KeyHolders.rightsOf("crm-team", KEYS, NOW)).hasValue(KeyHolders.UNKNOWN_OWNER);
        assertThat(KeyHolders.rightsOf(null, KEYS, NOW)).hasValue(KeyHolders.UNKNOWN_OWNER);
        assertThat(KeyHolders.UNKNOWN_OWNER.isStaff()).isFalse();
        assertThat(KeyHolders.UNKNOWN_OWNER.onlyPartner()).isEmpty();
    }
}
