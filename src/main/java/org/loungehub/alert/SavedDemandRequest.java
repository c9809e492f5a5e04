package org.loungehub.alert;

import java.util.List;
import org.loungehub.match.MatchRequest;

/** Body of POST /api/v1/saved-demands; {@code threshold} defaults to 0.5. */
public record SavedDemandRequest(String name, String owner, String text, List<String> kinds, String side,
                                 MatchRequest.Filters filters, Double threshold, String webhookUrl) {
}
