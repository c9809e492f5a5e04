package org.loungehub.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.loungehub.intake.mapping.PartnerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Issues, rotates, revokes and checks API keys. Keys are held in memory by the hash of their secret, so checking a
 * request costs one SHA-256 and a map lookup and keeps working while Elasticsearch is away; this instance's own
 * changes apply at once, other instances' at the next refresh.
 */
@Component("apiKeys")
public class ApiKeys implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);
    static final String BOOTSTRAP_ID = "bootstrap-admin";
    private static final int MIN_SECRET_LENGTH = 24;

    private final ApiKeyStore store;
    private final PartnerRegistry partners;
    private final AccessProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile Map<String, ApiKey> byHash;
    private volatile Map<String, ApiKey> byId = Map.of();

    ApiKeys(ApiKeyStore store, PartnerRegistry partners, AccessProperties properties, Clock clock) {
        this.store = store;
        this.partners = partners;
        this.properties = properties;
        this.clock = clock;
    }

    /** The caller a presented secret stands for, if the key exists and is neither revoked nor expired. */
    public Optional<ApiKey> authenticate(String secret) {
        Map<String, ApiKey> keys = byHash;
        if (keys == null || secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        ApiKey key = keys.get(hash(secret.strip()));
        return key != null && key.activeAt(clock.instant()) ? Optional.of(key) : Optional.empty();
    }

    public boolean loaded() {
        return byHash != null;
    }

    public IssuedKey create(ApiKeyRequest request, Caller by) {
        if (request == null) {
            throw new IllegalArgumentException("Send a JSON body: {\"name\": \"...\", \"role\": \"admin|staff|partner|enterprise\", \"partnerId\": \"(for partner keys)\", \"expiresAt\": \"(optional ISO-8601)\"}");
        }
        Role role = Role.parse(request.role());
        String partnerId = request.partnerId() == null || request.partnerId().isBlank() ? null : request.partnerId().strip();
        if (role == Role.PARTNER) {
            if (partnerId == null) {
                throw new IllegalArgumentException("A partner key needs 'partnerId': the partner it acts for (GET /api/v1/partners lists them)");
            }
            partners.find(partnerId).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown partnerId '" + partnerId + "'; create the partner first (POST /api/v1/partners)"));
        } else if (partnerId != null) {
            throw new IllegalArgumentException("'partnerId' is only for partner keys, not for role " + role.id());
        }
        Instant now = clock.instant();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw new IllegalArgumentException("'expiresAt' " + request.expiresAt() + " is already past");
        }
        if (request.rateLimitPerMinute() != null && request.rateLimitPerMinute() < 1) {
            throw new IllegalArgumentException("'rateLimitPerMinute' must be at least 1");
        }
        String name = request.name() == null || request.name().isBlank() ? role.id() + " key" : request.name().strip();
        return issue(newId(), name, role, partnerId, request.rateLimitPerMinute(), request.expiresAt(), by, newSecret());
    }

    /** For the API: the overlap as "1h", "30m", "PT1H" or blank (hub.security.rotation-overlap). */
    public IssuedKey rotate(String id, String overlap, Caller by) {
        Duration keep = null;
        if (overlap != null && !overlap.isBlank()) {
            try {
                keep = org.springframework.boot.convert.DurationStyle.detectAndParse(overlap.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'overlap' must be a duration such as 1h, 30m or PT1H, not '" + overlap + "'");
            }
        }
        return rotateWithOverlap(id, keep, by);
    }

    public ApiKey view(String id) {
        return get(id).withoutHash();
    }

    /** A new key with the same rights; the old one keeps working until {@code overlap} has passed, then expires. */
    IssuedKey rotateWithOverlap(String id, Duration overlap, Caller by) {
        ApiKey old = get(id);
        Instant now = clock.instant();
        if (!old.activeAt(now)) {
            throw new IllegalArgumentException("Key '" + id + "' is revoked or expired; create a new key instead");
        }
        Duration keep = overlap == null ? properties.rotationOverlap() : overlap;
        if (keep.isNegative()) {
            throw new IllegalArgumentException("The overlap cannot be negative");
        }
        IssuedKey issued = issue(newId(), old.name(), Role.parse(old.role()), old.partnerId(), old.rateLimitPerMinute(),
                old.expiresAt(), by, newSecret());
        save(old.replaced(issued.key().id(), now.plus(keep)));
        return issued;
    }

    /** Revoked keys stop working at once (on this instance; on others at their next refresh). */
    public ApiKey revoke(String id) {
        ApiKey key = get(id);
        if (key.revokedAt() != null) {
            return key.withoutHash();
        }
        ApiKey revoked = key.revoked(clock.instant());
        save(revoked);
        return revoked.withoutHash();
    }

    public List<ApiKey> list() {
        return byId.values().stream().sorted(Comparator.comparing(ApiKey::createdAt)).map(ApiKey::withoutHash).toList();
    }

    public ApiKey get(String id) {
        ApiKey key = byId.get(id);
        if (key == null) {
            throw new UnknownApiKeyException(id);
        }
        return key;
    }

    /** Re-reads the keys (other instances' changes); keeps the known ones while Elasticsearch is unreachable. */
    public void refresh() {
        try {
            remember(store.all());
        } catch (RuntimeException e) {
            log.warn("API keys not refreshed ({}); the {} known keys stay in force", e.getMessage(), byId.size());
        }
    }

    @Override
    public void start() {
        remember(store.all());
        bootstrapAdmin();
        if (properties.demoKeys()) {
            new DemoKeys(this, properties.demoKeysFile()).issue();
        }
    }

    /** Issues a key with a given id and secret (bootstrap and demo keys). */
    IssuedKey issue(String id, String name, Role role, String partnerId, Integer rateLimit, Instant expiresAt, Caller by,
                    String secret) {
        ApiKey key = new ApiKey(id, name, role.id(), partnerId, hash(secret), rateLimit, clock.instant(),
                by == null ? "hub" : by.id(), expiresAt, null, null);
        save(key);
        log.info("API key '{}' ({}{}) issued by {}", id, role.id(), partnerId == null ? "" : " for " + partnerId, key.createdBy());
        return IssuedKey.of(key, secret);
    }

    private void bootstrapAdmin() {
        String secret = properties.bootstrapAdminKey();
        if (secret == null || secret.isBlank()) {
            return;
        }
        if (secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("HUB_BOOTSTRAP_ADMIN_KEY is shorter than " + MIN_SECRET_LENGTH
                    + " characters; use a long random string (e.g. openssl rand -base64 32)");
        }
        Instant now = clock.instant();
        boolean adminExists = byId.values().stream()
                .anyMatch(k -> Role.ADMIN.id().equals(k.role()) && k.activeAt(now));
        if (adminExists) {
            if (authenticate(secret).isEmpty()) {
                log.info("HUB_BOOTSTRAP_ADMIN_KEY ignored: admin keys exist already (it only applies on the first start)");
            }
            return;
        }
        issue(BOOTSTRAP_ID, "bootstrap admin key (HUB_BOOTSTRAP_ADMIN_KEY)", Role.ADMIN, null, null, null, null,
                secret.strip());
    }

    private void save(ApiKey key) {
        store.save(key);
        Map<String, ApiKey> ids = new java.util.HashMap<>(byId);
        ids.put(key.id(), key);
        remember(ids.values());
    }

    private void remember(java.util.Collection<ApiKey> keys) {
        byId = keys.stream().collect(Collectors.toUnmodifiableMap(ApiKey::id, Function.identity()));
        byHash = keys.stream().collect(Collectors.toUnmodifiableMap(ApiKey::hash, Function.identity(), (a, b) -> a));
    }

    private String newId() {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return "k-" + HexFormat.of().formatHex(bytes);
    }

    String newDemoSecret() {
        return newSecret();
    }

    private String newSecret() {
        byte[] bytes = new byte[30];
        random.nextBytes(bytes);
        return "lh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
    }

    @Override
    public boolean isRunning() {
        return byHash != null;
    }

    /** After the index bootstrap (api-keys exists), before the routes and the web server take requests. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 2100;
    }
}
