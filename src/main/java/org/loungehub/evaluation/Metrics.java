package org.loungehub.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking quality of one query, TREC style. {@code ranking} is what the hub answered, best first (an id seen again
 * further down counts once); {@code grades} are the judgments: id → relevance, where anything above 0 is relevant
 * and ids without a grade are not.
 */
final class Metrics {

    private Metrics() {
    }

    /**
     * Average precision over all relevant documents of the query: the precision at the rank of each relevant
     * document retrieved, summed, divided by the number of relevant documents (retrieved or not).
     *
     * @return 0 when the query has no relevant document (such a query is left out before, see {@link EvalQuery})
     */
    static double averagePrecision(List<String> ranking, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0;
        }
        double sum = 0;
        int found = 0;
        int rank = 0;
        for (String id : distinct(ranking)) {
            rank++;
            if (grades.getOrDefault(id, 0) > 0) {
                found++;
                sum += (double) found / rank;
            }
        }
        return sum / relevant;
    }

    /**
     * Normalized discounted cumulative gain at {@code k}: gains 2^rel − 1, discount log2(rank + 1), divided by the
     * DCG of the ideal ranking of all judged documents.
     */
    static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
        double dcg = 0;
        List<String> top = distinct(ranking);
        for (int i = 0; i < Math.min(k, top.size()); i++) {
            dcg += gain(grades.getOrDefault(top.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** 1 / rank of the first relevant document within the top {@code k}, else 0. */
    static double reciprocalRank(List<String> ranking, Map<String, Integer> grades, int k) {
        List<String> top = distinct(ranking);
        for (int i = 0; i < Math.min(k, top.size()); i++) {
            if (grades.getOrDefault(top.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double gain(int grade) {
        return grade <= 0 ? 0 : Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static List<String> distinct(List<String> ranking) {
        Set<String> seen = new HashSet<>();
        return ranking.stream().filter(seen::add).toList();
    }
}
