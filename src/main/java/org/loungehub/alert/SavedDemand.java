package org.loungehub.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.loungehub.match.MatchRequest;

/**
 * A standing match query: when a new listing scores at least {@code threshold} (0–1, the match score) for it, a
 * notification is recorded and, when {@code webhookUrl} is set, posted there.
 *
 * @param owner the id of the caller that saved it (an API key id, or "oidc:" and a staff token's subject); new
 *              listings are matched for it with that caller's rights
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SavedDemand(String id, String name, String owner, String text, List<String> kinds, String side,
                          MatchRequest.Filters filters, double threshold, String webhookUrl, Instant createdAt) {

    MatchRequest matchRequest(int size) {
        return new MatchRequest(text, kinds, side, filters, size, null, null);
    }
}
