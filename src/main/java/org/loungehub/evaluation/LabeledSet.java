package org.loungehub.evaluation;

import java.util.List;

/**
 * A development set: a corpus pushed to the hub and queries judged against it.
 *
 * @param languages query → corpus language, e.g. {@code zh→en}
 * @param kind      the kind of every corpus listing; queries are restricted to it, and it separates the corpora
 *                  that share the evaluation partner (one corpus per kind)
 */
record LabeledSet(String name, String languages, String description, String kind, List<CorpusListing> corpus,
                  List<LabeledQuery> queries) {

    LabeledSet {
        corpus = List.copyOf(corpus);
        queries = List.copyOf(queries);
        if (corpus.stream().anyMatch(listing -> !listing.kind().equals(kind))) {
            throw new IllegalArgumentException("set " + name + ": every corpus listing must be of kind " + kind);
        }
    }

    /** The first {@code n} queries (all when n is null). */
    LabeledSet limitQueries(Integer n) {
        return n == null || n >= queries.size() ? this
                : new LabeledSet(name, languages, description, kind, corpus, queries.subList(0, n));
    }
}
