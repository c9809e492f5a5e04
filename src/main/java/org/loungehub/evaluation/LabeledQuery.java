package org.loungehub.evaluation;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One query of a set with its judgments: corpus externalId → grade (1 relevant, 2 highly relevant); corpus
 * documents without a grade are not relevant.
 */
record LabeledQuery(String id, String text, Map<String, Integer> grades) {

    LabeledQuery {
        grades = Map.copyOf(grades);
    }

    /** The same query judged only on documents that are in the hub's index. */
    LabeledQuery without(Set<String> missing) {
        if (missing.isEmpty()) {
            return this;
        }
        return new LabeledQuery(id, text, grades.entrySet().stream().filter(e -> !missing.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    long relevant() {
        return grades.values().stream().filter(g -> g > 0).count();
    }
}
