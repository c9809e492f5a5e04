package org.loungehub.intake;

import java.time.Instant;
import java.util.Map;

/** A rejected record kept with its reason, so staff can list it and replay it once the mapping is fixed. */
public record DeadLetter(String batchId, String partnerId, long recordNumber, String field, String reason,
                         Map<String, Object> original, Instant rejectedAt) {
}
