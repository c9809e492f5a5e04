package org.loungehub.access;

import static org.loungehub.access.AccessRule.Owner.BATCH_PATH;
import static org.loungehub.access.AccessRule.Owner.NONE;
import static org.loungehub.access.AccessRule.Owner.PARTNER_PATH;
import static org.loungehub.access.Role.ADMIN;
import static org.loungehub.access.Role.ENTERPRISE;
import static org.loungehub.access.Role.PARTNER;
import static org.loungehub.access.Role.STAFF;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.server.PathContainer;

/**
 * The access matrix, first matching rule wins. Path-level only: what a role may read inside an allowed request
 * (a partner its own listings, contact data only for staff and the owner) is decided where the data is read.
 */
final class AccessRules {

    /** Readable without a key: liveness and the API description. */
    static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/info", "/api/v1/openapi.json"};

    static final List<AccessRule> RULES = List.of(
            AccessRule.of(null, "/api/v1/keys/**", NONE, ADMIN),
            AccessRule.of(null, "/api/v1/accounts/**", NONE, ADMIN),
            AccessRule.of("POST", "/api/v1/partners", NONE, ADMIN),
            AccessRule.of("GET", "/api/v1/partners", NONE, ADMIN, STAFF),
            AccessRule.of(null, "/api/v1/partners/{partnerId}/**", PARTNER_PATH, ADMIN, STAFF, PARTNER),
            AccessRule.of("POST", "/api/v1/batches/{batchId}/cancel", NONE, ADMIN, STAFF),
            AccessRule.of(null, "/api/v1/batches/{batchId}/**", BATCH_PATH, ADMIN, STAFF, PARTNER),
            AccessRule.of(null, "/api/v1/listings/{id}/entity", NONE, ADMIN, STAFF),
            AccessRule.of("GET", "/api/v1/listings/**", NONE, ADMIN, STAFF, PARTNER, ENTERPRISE),
            AccessRule.of("POST", "/api/v1/match", NONE, ADMIN, STAFF, PARTNER, ENTERPRISE),
            AccessRule.of(null, "/api/v1/saved-demands/**", NONE, ADMIN, STAFF, ENTERPRISE),
            // entities, admin, audit, erasures, metrics: staff's tools
            AccessRule.of(null, "/**", NONE, ADMIN, STAFF));

    private final Function<String, Optional<String>> batchOwner;

    /** @param batchOwner the partner of a batch id, empty if there is no such batch */
    AccessRules(Function<String, Optional<String>> batchOwner) {
        this.batchOwner = batchOwner;
    }

    /** Whether the caller may make this request; if not, why, in words that say what would be allowed. */
    Access decide(Caller caller, String method, String rawPath) {
        PathContainer path = PathContainer.parsePath(rawPath);
        for (AccessRule rule : RULES) {
            Map<String, String> variables = rule.match(method, path);
            if (variables == null) {
                continue;
            }
            if (!rule.roles().contains(caller.role())) {
                return Access.denied("A " + caller.role().id() + " key may not " + method + " " + rawPath
                        + "; it needs one of the roles " + rule.roles().stream().map(Role::id).collect(Collectors.joining(", ")));
            }
            if (caller.role() != PARTNER) {
                return Access.GRANTED;
            }
            return switch (rule.owner()) {
                case NONE -> Access.GRANTED;
                case PARTNER_PATH -> ownedBy(caller, variables.get("partnerId"), "partner");
                case BATCH_PATH -> batchOwner.apply(variables.get("batchId"))
                        .map(owner -> ownedBy(caller, owner, "batch's partner"))
                        .orElse(Access.GRANTED); // no such batch: the endpoint answers 404
            };
        }
        return Access.denied("No access rule for " + method + " " + rawPath);
    }

    private static Access ownedBy(Caller caller, String owner, String what) {
        return caller.partnerId().equals(owner) ? Access.GRANTED
                : Access.denied("This key acts for partner '" + caller.partnerId() + "' only; the " + what
                + " here is another partner");
    }

    record Access(boolean granted, String reason) {
        static final Access GRANTED = new Access(true, null);

        static Access denied(String reason) {
            return new Access(false, reason);
        }
    }
}
