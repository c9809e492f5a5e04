package org.loungehub.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loungehub.match.Fusion.Fused;

class FusionTest {

    private final MatchProperties properties = new MatchProperties(1.0, 1.0, 0.3, 1.0, 60, 50, 0.6f, 0.3f, 0.5);
    private final Fusion fusion = new Fusion(properties);
    private static final MatchProperties.Weights WEIGHTS = new MatchProperties.Weights(1.0, 1.0, 1.0);

    private static Map.Entry<String, Double> hit(String id, double score) {
        return Map.entry(id, score);
    }

    @Test
    void aListingSeveralSignalsAgreeOnOutranksOneThatOnlyOneSignalPutsFirst() {
        List<Fused> fused = fusion.fuse(Map.of(
                Signal.BM25, List.of(hit("only-text", 12.0), hit("agreed", 9.0)),
                Signal.VECTOR, List.of(hit("agreed", 0.9), hit("only-vector", 0.8)),
                Signal.CONCEPTS, List.of(hit("agreed", 2.0))), EnumSet.allOf(Signal.class), WEIGHTS, id -> null, null);

        assertThat(fused).extracting(Fused::id).containsExactly("agreed", "only-text", "only-vector");
    }

    @Test
    void contributionsAddUpToTheScoreOnAZeroToOneScale() {
        List<Fused> fused = fusion.fuse(Map.of(
                Signal.BM25, List.of(hit("a", 3.0)),
                Signal.VECTOR, List.of(hit("a", 0.9)),
                Signal.CONCEPTS, List.of(hit("a", 1.0))), EnumSet.allOf(Signal.class), WEIGHTS, id -> "IL", "CN");

        Fused first = fused.get(0);
        assertThat(first.score()).isCloseTo(1.0, within(1e-9));
        double sum = first.contributions().values().stream().mapToDouble(Fusion.Contribution::value).sum() + first.crossBorder();
        assertThat(sum).isCloseTo(first.score(), within(1e-9));
        assertThat(first.contributions().get(Signal.BM25).rank()).isEqualTo(1);
    }

    @Test
    void listingsASignalScoresTheSameShareTheBestRankOfTheirGroup() {
        List<Fused> fused = fusion.fuse(Map.of(
                Signal.CONCEPTS, List.of(hit("a", 2.0), hit("b", 1.3), hit("c", 1.3), hit("d", 1.3), hit("e", 1.0)),
                Signal.BM25, List.of(hit("d", 4.0))), EnumSet.of(Signal.CONCEPTS, Signal.BM25), WEIGHTS, id -> null, null);

        Map<String, Integer> ranks = new java.util.HashMap<>();
        fused.forEach(f -> ranks.put(f.id(), f.contributions().get(Signal.CONCEPTS).rank()));
        assertThat(ranks).containsEntry("a", 1).containsEntry("b", 2).containsEntry("c", 2).containsEntry("d", 2)
                .containsEntry("e", 5);
        // Among the tied ones, the listing another signal also found comes first; the others keep their id order.
        assertThat(fused).extracting(Fused::id).containsExactly("d", "a", "b", "c", "e");
    }

    @Test
    void prefersACounterpartAcrossTheBorderWhenRanksAreClose() {
        List<Fused> fused = fusion.fuse(Map.of(
                Signal.BM25, List.of(hit("same-country", 5.0), hit("other-country", 4.9))),
                EnumSet.of(Signal.BM25), WEIGHTS, id -> id.equals("same-country") ? "CN" : "IL", "CN");

        assertThat(fused).extracting(Fused::id).containsExactly("other-country", "same-country");
        assertThat(fused.get(1).crossBorder()).isZero();
    }

    @Test
    void ignoresSignalsThatAreSwitchedOff() {
        List<Fused> fused = fusion.fuse(Map.of(
                Signal.BM25, List.of(hit("text", 5.0)),
                Signal.VECTOR, List.of(hit("vector", 0.9))), EnumSet.of(Signal.BM25), WEIGHTS, id -> null, null);

        assertThat(fused).extracting(Fused::id).containsExactly("text");
        assertThat(fused.get(0).score()).isCloseTo(1.0, within(1e-9));
    }
}
