package org.loungehub.alert;

import java.util.List;
import org.loungehub.match.MatchRequest;

/**
 * Body of POST /api/v1/saved-demands; {@code threshold} defaults to 0.5. {@code owner} is ignored (kept so that
 * older clients still send a valid body): a demand belongs to the caller that saves it.
 */
public record SavedDemandRequest(String name, String owner, String text, List<String> kinds, String side,
                                 MatchRequest.Filters filters, Double threshold, String webhookUrl) {
}
