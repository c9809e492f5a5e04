package org.loungehub.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A new listing that matched a saved demand above its threshold; recorded once per demand and listing.
 *
 * @param sharedConcepts the concepts the listing shares with the demand, as "中文 / English"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notification(String id, String savedDemandId, String listingId, String title, double score,
                           List<String> sharedConcepts, Instant createdAt, Delivery delivery) {

    /** Webhook delivery: none (no webhook), pending, delivered or failed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delivery(String status, int attempts, String lastError, Instant deliveredAt) {
    }

    static String idOf(String savedDemandId, String listingId) {
        return savedDemandId + "|" + listingId;
    }
}
