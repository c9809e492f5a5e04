package org.loungehub.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One write or admin action: who (the key or token subject, its role and partner), what (method and path, or a
 * named action with its target) and when, with the answer's status.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(Instant at, String actor, String role, String partnerId, String action, String method,
                         String path, Integer status, String target, String detail, String remoteAddress) {
}
