package org.loungehub.evaluation;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.loungehub.evaluation.SetResult.ConfigurationResult;
import org.loungehub.evaluation.SetResult.QueryResult;

/** Runs every query of a loaded set once per signal configuration and measures the rankings. */
class SetEvaluator {

    /** The API's largest page: average precision sees the first 100 listings of each ranking. */
    static final int DEPTH = 100;
    static final int CUTOFF = 10;
    private static final int WARNINGS_SHOWN = 5;

    private final HubClient hub;
    private final PrintStream out;

    SetEvaluator(HubClient hub, PrintStream out) {
        this.hub = hub;
        this.out = out;
    }

    /** @param missing corpus listings the hub does not hold (rejected): not counted as relevant */
    SetResult evaluate(LabeledSet set, Set<String> missing, List<SignalConfiguration> configurations) {
        List<LabeledQuery> queries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (LabeledQuery query : set.queries()) {
            LabeledQuery judged = query.without(missing);
            if (judged.relevant() == 0) {
                skipped.add(query.id());
                if (skipped.size() <= WARNINGS_SHOWN) {
                    out.println("Warning: query " + query.id() + " has no relevant listing in the corpus; skipped");
                }
            } else {
                queries.add(judged);
            }
        }
        if (skipped.size() > WARNINGS_SHOWN) {
            out.printf(Locale.ROOT, "Warning: %d queries skipped in all (listed in the results file)%n", skipped.size());
        }
        List<ConfigurationResult> results = new ArrayList<>();
        for (SignalConfiguration configuration : configurations) {
            results.add(run(set.kind(), queries, configuration));
        }
        return new SetResult(set.name(), set.languages(), set.description(), hub.url(), Instant.now().toString(),
                set.corpus().size() - missing.size(), queries.size(), skipped, results, SetResult.delta(results));
    }

    private ConfigurationResult run(String kind, List<LabeledQuery> queries, SignalConfiguration configuration) {
        List<QueryResult> perQuery = new ArrayList<>();
        long nanos = 0;
        for (LabeledQuery query : queries) {
            out.printf(Locale.ROOT, "\r  %-9s %,d/%,d queries", configuration.name(), perQuery.size(), queries.size());
            out.flush();
            List<String> ranking;
            long start = System.nanoTime();
            try {
                ranking = hub.match(query.text(), kind, configuration.signals(), DEPTH);
            } catch (HubClient.MatchRefused e) {
                out.println();
                out.println("  " + configuration.name() + ": not measured, " + e.getMessage());
                return new ConfigurationResult(configuration.name(), configuration.signals(), null, null, null, 0, null,
                        e.getMessage(), List.of());
            }
            nanos += System.nanoTime() - start;
            perQuery.add(new QueryResult(query.id(), query.relevant(),
                    Metrics.averagePrecision(ranking, query.grades()),
                    Metrics.ndcg(ranking, query.grades(), CUTOFF),
                    Metrics.reciprocalRank(ranking, query.grades(), CUTOFF),
                    ranking.subList(0, Math.min(CUTOFF, ranking.size()))));
        }
        out.print("\r" + " ".repeat(40) + "\r");
        return new ConfigurationResult(configuration.name(), configuration.signals(),
                Metrics.mean(perQuery.stream().map(QueryResult::averagePrecision).toList()),
                Metrics.mean(perQuery.stream().map(QueryResult::ndcg10).toList()),
                Metrics.mean(perQuery.stream().map(QueryResult::reciprocalRank10).toList()),
                perQuery.size(), perQuery.isEmpty() ? null : nanos / 1e6 / perQuery.size(), null, perQuery);
    }
}
