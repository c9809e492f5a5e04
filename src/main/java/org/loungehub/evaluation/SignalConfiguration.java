package org.loungehub.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the hub ranks with for one pass over a set's queries: one signal alone, or {@code fused} (the request names
 * no signal, so the hub fuses all of them, as it does for its users).
 *
 * @param signals the request's {@code signals}, or null for fused
 */
record SignalConfiguration(String name, List<String> signals) {

    static final String FUSED = "fused";
    static final List<String> ALL = List.of("bm25", "vector", "concepts", FUSED);

    /** @param names comma-separated, from bm25, vector, concepts and fused */
    static List<SignalConfiguration> parse(String names) {
        List<SignalConfiguration> configurations = new ArrayList<>();
        for (String part : names.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (!ALL.contains(name)) {
                throw new EvaluationException("--signals: '" + part.strip() + "' is unknown; use some of " + String.join(",", ALL));
            }
            if (configurations.stream().noneMatch(c -> c.name().equals(name))) {
                configurations.add(new SignalConfiguration(name, name.equals(FUSED) ? null : List.of(name)));
            }
        }
        return configurations;
    }
}
