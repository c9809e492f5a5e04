package org.loungehub.evaluation;

import java.util.Locale;
import org.loungehub.evaluation.SetResult.ConfigurationResult;
import org.loungehub.evaluation.SetResult.Delta;

/** A set's results as a terminal table, with the fused-vs-BM25 difference under it. */
final class ResultTable {

    private ResultTable() {
    }

    static String render(SetResult result) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%s (%s): %,d listings, %,d queries%n", result.set(), result.languages(),
                result.corpus(), result.queries()));
        table.append(String.format(Locale.ROOT, "  %-13s %7s %8s %8s %8s %10s%n", "configuration", "MAP", "nDCG@10",
                "MRR@10", "queries", "ms/query"));
        for (ConfigurationResult c : result.configurations()) {
            if (c.measured()) {
                table.append(String.format(Locale.ROOT, "  %-13s %7.4f %8.4f %8.4f %8d %10s%n", c.configuration(), c.map(),
                        c.ndcg10(), c.mrr10(), c.queries(), c.meanMillis() == null ? "-" : String.format(Locale.ROOT, "%.0f", c.meanMillis())));
            } else {
                table.append(String.format(Locale.ROOT, "  %-13s %7s %8s %8s %8s %10s  (refused: see the results file)%n",
                        c.configuration(), "-", "-", "-", "-", "-"));
            }
        }
        Delta delta = result.fusedVsBm25();
        if (delta != null) {
            ConfigurationResult bm25 = result.configuration("bm25").orElseThrow();
            table.append(String.format(Locale.ROOT, "  fused vs bm25: MAP %s, nDCG@10 %s, MRR@10 %s%n",
                    change(delta.map(), bm25.map()), change(delta.ndcg10(), bm25.ndcg10()), change(delta.mrr10(), bm25.mrr10())));
        }
        return table.toString();
    }

    /** "+0.0123 (+8.1%)"; the relative part only when the base is not 0. */
    static String change(double delta, double base) {
        String absolute = String.format(Locale.ROOT, "%+.4f", delta);
        return base == 0 ? absolute : absolute + String.format(Locale.ROOT, " (%+.1f%%)", 100 * delta / base);
    }
}
