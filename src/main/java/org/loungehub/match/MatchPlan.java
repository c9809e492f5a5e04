package org.loungehub.match;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.Set;
import org.loungehub.embedding.VectorSpace;
import org.loungehub.lexicon.Translation;

/**
 * Everything a match needs, decided before Elasticsearch is asked: the query text and its translation through
 * concepts, the query vector, filters, and which signals rank.
 *
 * @param expansion labels of the query's concepts in the languages the query did not use (null when none)
 * @param translation the query's words rendered in the other language by the lexicon, searched with translationBoost
 * @param vector the query embedding, null when the vector signal is off or no vector could be had
 * @param vectorSpace the space of that vector (the query language's model): the listing field kNN searches
 * @param originCountry the country of the listing being matched, for the cross-border preference (null: none)
 */
record MatchPlan(String text, String language, List<QueryConcept> concepts, String expansion, float expansionBoost,
                 List<Translation> translation, float translationBoost,
                 float[] vector, VectorSpace vectorSpace,
                 List<Query> filters, List<Query> exclusions, Set<Signal> signals, int size, int candidates,
                 String originCountry) {

    boolean uses(Signal signal) {
        return signals.contains(signal);
    }
}
