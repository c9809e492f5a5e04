package org.loungehub.match;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.loungehub.lexicon.Translation;

/** What POST /api/v1/match and GET /api/v1/listings/{id}/matches answer: the query as understood, then matches. */
public record MatchResult(Understood query, List<Match> matches) {

    /**
     * @param expandedWith the concept labels added to the text search (the translation), null when none
     * @param signals the signals that ranked this match
     * @param vectorModel the model that embedded the query, chosen by its language (null without the vector signal):
     *        the vector signal compares it with the listings that have a vector from the same model
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Understood(String text, String language, List<QueryConcept> concepts, String expandedWith,
                             List<Translation> translatedWith,
                             List<String> signals, String vectorModel, String listingId, Timings took, Trace trace) {
    }

    /** The requests sent to Elasticsearch, as sent: the multi-search (NDJSON) and the highlight search (JSON). */
    public record Trace(String index, String msearch, String highlight) {
    }

    /** Milliseconds spent embedding the query and in Elasticsearch (wall clock of the requests), and in all. */
    public record Timings(long embeddingMs, long elasticsearchMs, long totalMs) {
    }

    public record Match(Map<String, Object> listing, double score, Explanation explanation) {
    }

    /**
     * Why a listing ranks where it does: the signals' contributions add up to the score (with the cross-border
     * bonus), the concepts it shares with the query in both languages, and the words that matched.
     */
    public record Explanation(List<SignalContribution> signals, double crossBorder, List<QueryConcept> sharedConcepts,
                              List<String> matchedTerms, Map<String, List<String>> highlights) {
    }

    /**
     * @param rank 1-based rank within that signal's candidates, null when the signal did not propose the listing
     * @param signalScore the signal's own measure: BM25 score, cosine similarity, or summed weight of shared concepts
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SignalContribution(String signal, Integer rank, Double signalScore, double weight,
                                     double contribution, String note) {
    }
}
