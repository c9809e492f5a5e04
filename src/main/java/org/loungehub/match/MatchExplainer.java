package org.loungehub.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.loungehub.listing.ListingFields;
import org.loungehub.match.Fusion.Contribution;
import org.loungehub.match.Fusion.Fused;
import org.loungehub.match.MatchResult.Explanation;
import org.loungehub.match.MatchResult.Match;
import org.loungehub.match.MatchResult.SignalContribution;
import org.loungehub.search.ListingView;

/** Turns a fused candidate into a match a person can check: numbers that add up, shared concepts, matched words. */
final class MatchExplainer {

    private static final Pattern EMPHASIS = Pattern.compile("<em>(.*?)</em>");

    Match explain(Fused fused, Map<String, Object> source, MatchPlan plan, Map<String, List<String>> highlights) {
        List<SignalContribution> signals = new ArrayList<>();
        for (Signal signal : Signal.values()) {
            if (!plan.uses(signal)) {
                continue;
            }
            Contribution contribution = fused.contributions().get(signal);
            if (contribution == null) {
                signals.add(new SignalContribution(signal.value(), null, null, 0, 0,
                        "not among this signal's " + plan.candidates() + " best candidates"));
            } else {
                signals.add(new SignalContribution(signal.value(), contribution.rank(),
                        round(signalScore(signal, contribution.signalScore())), contribution.weight(),
                        round(contribution.value()), null));
            }
        }
        Map<String, List<String>> fragments = highlights == null ? Map.of() : highlights;
        Explanation explanation = new Explanation(signals, round(fused.crossBorder()),
                shared(plan.concepts(), source.get(ListingFields.CONCEPTS)), matchedTerms(fragments), fragments);
        return new Match(ListingView.of(source, Map.of()), round(fused.score()), explanation);
    }

    /** Elasticsearch scores a cosine kNN hit (1 + cos) / 2; people read the cosine itself. */
    private static double signalScore(Signal signal, double score) {
        return signal == Signal.VECTOR ? 2 * score - 1 : score;
    }

    static List<QueryConcept> shared(List<QueryConcept> query, Object listingConcepts) {
        if (!(listingConcepts instanceof Collection<?> tagged)) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        tagged.forEach(id -> ids.add(String.valueOf(id)));
        return query.stream().filter(concept -> ids.contains(concept.id())).toList();
    }

    /** The words Elasticsearch emphasized, unescaped, each once. */
    static List<String> matchedTerms(Map<String, List<String>> highlights) {
        Set<String> terms = new LinkedHashSet<>();
        highlights.values().forEach(fragments -> fragments.forEach(fragment -> {
            Matcher matcher = EMPHASIS.matcher(fragment);
            while (matcher.find()) {
                terms.add(unescape(matcher.group(1)));
            }
        }));
        return List.copyOf(terms);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
