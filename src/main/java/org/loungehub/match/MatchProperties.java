package org.loungehub.match;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the fused ranking; the defaults are what the evaluation command measured best on the development sets.
 *
 * @param vectorWeight weight of the vector signal for Chinese queries (embedded by bge-small-zh)
 * @param vectorWeightOther weight of the vector signal for queries in other languages (embedded by all-MiniLM-L6-v2,
 *        compared with the listings not in Chinese); it was 0.3 while they too went through the Chinese model, whose
 *        English vectors separate topics poorly
 * @param rankConstant k of reciprocal-rank fusion: a listing ranked r by a signal gains weight / (k + r); measured
 *        flat between 20 and 30, and from 45 on the first ranks of csl-disciplines fall below BM25's
 * @param candidates how many listings each signal proposes (at least; three times the requested size when larger):
 *        100, as deep as average precision looks, so that a page of 10 is the start of the page of 100
 * @param expansionBoost weight of the query's concept labels in other languages relative to its own words
 * @param translationBoost weight of the query's words translated by the lexicon (CC-CEDICT) relative to its own
 *        words; each source word counts once, by its best rendering
 * @param crossBorderBonus extra score, as a share of one signal's best contribution, for a counterpart in
 *        another country than the listing being matched (cross-border introductions are what a lounge is for)
 */
@ConfigurationProperties("hub.match")
public record MatchProperties(
        @DefaultValue("1.0") double bm25Weight,
        @DefaultValue("1.0") double vectorWeight,
        @DefaultValue("1.0") double vectorWeightOther,
        @DefaultValue("1.0") double conceptsWeight,
        @DefaultValue("20") int rankConstant,
        @DefaultValue("100") int candidates,
        @DefaultValue("0.6") float expansionBoost,
        @DefaultValue("0") float translationBoost,
        @DefaultValue("0.5") double crossBorderBonus) {

    /** The weights for a query in this language (null: unknown, taken as not Chinese). */
    Weights weightsFor(String language) {
        return new Weights(bm25Weight, "zh".equals(language) ? vectorWeight : vectorWeightOther, conceptsWeight);
    }

    record Weights(double bm25, double vector, double concepts) {
        double of(Signal signal) {
            return switch (signal) {
                case BM25 -> bm25;
                case VECTOR -> vector;
                case CONCEPTS -> concepts;
            };
        }
    }
}
