package org.loungehub.match;

import java.util.List;
import java.util.Map;

/**
 * Which kinds answer a listing: a technology demand is met by technologies and by companies that build them, a talent
 * demand by people, a capital demand by investors — and the other way round for supplies.
 */
final class Counterparts {

    private static final Map<String, List<String>> KINDS = Map.of(
            "technology", List.of("technology", "company"),
            "company", List.of("company", "technology"),
            "talent", List.of("talent"),
            "capital", List.of("capital"));

    private Counterparts() {
    }

    static List<String> of(String kind) {
        return KINDS.getOrDefault(kind, List.of());
    }
}
