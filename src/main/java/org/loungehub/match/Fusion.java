package org.loungehub.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Weighted reciprocal-rank fusion, done in the hub (Elasticsearch's rrf retriever is a paid feature): a listing
 * ranked r by a signal gains weight / (k + r). Ranks, unlike raw scores, are comparable across BM25, cosine and
 * concept overlap. Listings a signal scores the same share one rank, the best of their group (competition ranking):
 * the signal cannot tell them apart, so the order Elasticsearch lists them in must not count — concept overlap gives
 * most candidates one of a few sums (95 % of its top 100 tie with the listing before), and BM25 ties identical job
 * titles. A listing in another country than the origin gains a bonus. The score is reported on a 0–1 scale: the
 * share of what a listing ranked first by every active signal, across the border, would get.
 */
final class Fusion {

    private final MatchProperties properties;

    Fusion(MatchProperties properties) {
        this.properties = properties;
    }

    /** One signal's view of a candidate: its 1-based rank and that signal's own score. */
    record Ranked(int rank, double score) {
    }

    /** What one signal added to a listing's score ({@code value}, on the same 0–1 scale as the score). */
    record Contribution(int rank, double signalScore, double weight, double value) {
    }

    record Fused(String id, double score, Map<Signal, Contribution> contributions, double crossBorder) {
    }

    /**
     * @param rankings per signal, candidate ids best first with their signal scores
     * @param weights the signals' weights for this query
     * @param countryOf the country of a candidate (null when unknown), for the cross-border bonus
     * @param originCountry the country the match is made for, null for none
     */
    List<Fused> fuse(Map<Signal, List<Map.Entry<String, Double>>> rankings, Set<Signal> active,
                     MatchProperties.Weights weights, Function<String, String> countryOf, String originCountry) {
        int k = properties.rankConstant();
        double best = active.stream().mapToDouble(weights::of).max().orElse(1) / (k + 1);
        double bonus = originCountry == null ? 0 : properties.crossBorderBonus() * best;
        double maximum = Math.max(active.stream().mapToDouble(s -> weights.of(s) / (k + 1)).sum() + bonus, 1e-12);
        Map<String, Map<Signal, Contribution>> byId = new LinkedHashMap<>();
        rankings.forEach((signal, ranking) -> {
            if (!active.contains(signal)) {
                return;
            }
            double weight = weights.of(signal);
            int rank = 0;
            for (int i = 0; i < ranking.size(); i++) {
                Map.Entry<String, Double> entry = ranking.get(i);
                if (i == 0 || !tied(entry.getValue(), ranking.get(i - 1).getValue())) {
                    rank = i + 1;
                }
                int shared = rank;
                byId.computeIfAbsent(entry.getKey(), id -> new EnumMap<>(Signal.class))
                        .putIfAbsent(signal, new Contribution(shared, entry.getValue(), weight, weight / (k + shared) / maximum));
            }
        });
        List<Fused> fused = new ArrayList<>();
        byId.forEach((id, contributions) -> {
            double sum = contributions.values().stream().mapToDouble(Contribution::value).sum();
            String country = countryOf.apply(id);
            double crossBorder = bonus > 0 && country != null && !country.equals(originCountry) ? bonus / maximum : 0;
            fused.add(new Fused(id, sum + crossBorder, contributions, crossBorder));
        });
        fused.sort(Comparator.comparingDouble(Fused::score).reversed().thenComparing(Fused::id));
        return fused;
    }

    /** Equal signal scores, allowing for float rounding of the same sum. */
    static boolean tied(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1.0, Math.abs(a));
    }
}
