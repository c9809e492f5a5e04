package org.loungehub.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/** What one run of a set measured; written as target/evaluation/&lt;set&gt;.json. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SetResult(String set, String languages, String description, String hub, String finishedAt, int corpus,
                 int queries, List<String> skippedQueries, List<ConfigurationResult> configurations, Delta fusedVsBm25) {

    /**
     * @param error      why the hub refused this configuration (then no figures), else null
     * @param meanMillis mean wall-clock time of one match request, as the command saw it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConfigurationResult(String configuration, List<String> signals, Double map, Double ndcg10, Double mrr10,
                               int queries, Double meanMillis, String error, List<QueryResult> perQuery) {

        boolean measured() {
            return error == null;
        }
    }

    /** @param top10 the externalIds the hub ranked first */
    record QueryResult(String id, long relevant, double averagePrecision, double ndcg10, double reciprocalRank10,
                       List<String> top10) {
    }

    /** fused minus bm25, absolute. */
    record Delta(double map, double ndcg10, double mrr10) {
    }

    Optional<ConfigurationResult> configuration(String name) {
        return configurations.stream().filter(c -> c.configuration().equals(name) && c.measured()).findFirst();
    }

    static Delta delta(List<ConfigurationResult> configurations) {
        ConfigurationResult fused = null;
        ConfigurationResult bm25 = null;
        for (ConfigurationResult c : configurations) {
            if (c.measured() && c.configuration().equals(SignalConfiguration.FUSED)) {
                fused = c;
            } else if (c.measured() && c.configuration().equals("bm25")) {
                bm25 = c;
            }
        }
        return fused == null || bm25 == null ? null
                : new Delta(fused.map() - bm25.map(), fused.ndcg10() - bm25.ndcg10(), fused.mrr10() - bm25.mrr10());
    }
}
