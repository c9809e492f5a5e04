package org.loungehub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final double EPS = 1e-4;

    @Test
    void averagePrecisionDividesByEveryRelevantDocumentRetrievedOrNot() {
        // relevant a, b, c, d; retrieved at ranks 1, 3, 5: (1/1 + 2/3 + 3/5) / 4
        double ap = Metrics.averagePrecision(List.of("a", "x", "b", "y", "c"), Map.of("a", 1, "b", 1, "c", 1, "d", 1));
        assertThat(ap).isCloseTo((1 + 2.0 / 3 + 3.0 / 5) / 4, within(EPS)).isCloseTo(0.5667, within(EPS));
    }

    @Test
    void averagePrecisionCountsEveryGradeAboveZeroAsRelevantAndGradeZeroAsNot() {
        assertThat(Metrics.averagePrecision(List.of("x", "a"), Map.of("a", 2))).isCloseTo(0.5, within(EPS));
        assertThat(Metrics.averagePrecision(List.of("a", "b"), Map.of("a", 0, "b", 1))).isCloseTo(0.5, within(EPS));
    }

    @Test
    void averagePrecisionIsOneForAPerfectRankingAndZeroWhenNothingRelevantIsFound() {
        assertThat(Metrics.averagePrecision(List.of("a", "b", "x"), Map.of("a", 1, "b", 2))).isCloseTo(1, within(EPS));
        assertThat(Metrics.averagePrecision(List.of("x", "y"), Map.of("a", 1))).isZero();
        assertThat(Metrics.averagePrecision(List.of("x"), Map.of())).isZero();
    }

    @Test
    void aDocumentRankedTwiceCountsOnceAtItsFirstRank() {
        assertThat(Metrics.averagePrecision(List.of("x", "x", "a"), Map.of("a", 1))).isCloseTo(0.5, within(EPS));
        assertThat(Metrics.reciprocalRank(List.of("x", "x", "a"), Map.of("a", 1), 10)).isCloseTo(0.5, within(EPS));
    }

    @Test
    void ndcgUsesExponentialGainsAndALog2Discount() {
        // DCG = (2^1-1)/log2(2) + 0 + (2^2-1)/log2(4) = 1 + 1.5; ideal a, b, c: 3/1 + 1/log2(3) + 1/log2(4)
        double ndcg = Metrics.ndcg(List.of("b", "x", "a"), Map.of("a", 2, "b", 1, "c", 1), 10);
        double ideal = 3 + 1 / (Math.log(3) / Math.log(2)) + 0.5;
        assertThat(ndcg).isCloseTo(2.5 / ideal, within(EPS)).isCloseTo(0.6052, within(EPS));
    }

    @Test
    void ndcgTakesItsIdealFromAllJudgedDocumentsEvenUnretrievedOnes() {
        // only a retrieved; ideal ranks a and b: 1 + 1/log2(3)
        assertThat(Metrics.ndcg(List.of("a"), Map.of("a", 1, "b", 1), 10)).isCloseTo(0.6131, within(EPS));
        assertThat(Metrics.ndcg(List.of("a", "b"), Map.of("a", 1, "b", 1), 10)).isCloseTo(1, within(EPS));
    }

    @Test
    void ndcgAndReciprocalRankIgnoreEverythingBelowTheCutoff() {
        List<String> ranking = new ArrayList<>(Collections.nCopies(1, "x"));
        for (int i = 1; i < 10; i++) {
            ranking.add("x" + i);
        }
        ranking.add("a");
        assertThat(ranking.indexOf("a")).isEqualTo(10);
        assertThat(Metrics.ndcg(ranking, Map.of("a", 1), 10)).isZero();
        assertThat(Metrics.reciprocalRank(ranking, Map.of("a", 1), 10)).isZero();
        assertThat(Metrics.averagePrecision(ranking, Map.of("a", 1))).isCloseTo(1.0 / 11, within(EPS));
    }

    @Test
    void reciprocalRankIsOneOverTheRankOfTheFirstRelevantDocument() {
        assertThat(Metrics.reciprocalRank(List.of("x", "y", "a", "b"), Map.of("a", 1, "b", 2), 10)).isCloseTo(1.0 / 3, within(EPS));
        assertThat(Metrics.reciprocalRank(List.of("a"), Map.of("a", 1), 10)).isCloseTo(1, within(EPS));
    }

    @Test
    void meansOverQueries() {
        assertThat(Metrics.mean(List.of(0.5, 1.0, 0.0))).isCloseTo(0.5, within(EPS));
        assertThat(Metrics.mean(List.of())).isZero();
    }
}
