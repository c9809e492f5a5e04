package org.loungehub.match;

import java.util.List;

/**
 * Body of POST /api/v1/match. {@code text} may be Chinese, English or mixed; {@code side} and {@code kinds} say
 * which listings are wanted (absent: any); {@code signals} restricts ranking to some signals (for evaluation);
 * {@code trace} adds the Elasticsearch requests the hub sent (to tune relevance, or replay them in a benchmark; staff and
 * admin keys only).
 */
public record MatchRequest(String text, List<String> kinds, String side, Filters filters, Integer size,
                           List<String> signals, Boolean trace) {

    /** @param partners only these partners' listings (absent: all); @param excludePartners never these partners' */
    public record Filters(List<String> countries, List<String> industries, List<String> partners,
                          List<String> excludePartners) {
    }
}
