package org.loungehub.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The development sets by name, in the order {@code all} runs them: sets that share a corpus follow each other, so
 * the second push of that corpus finds every listing unchanged.
 */
final class DevelopmentSets {

    static final int TECHMAP_CORPUS = 2_000;
    static final int QUERIES = 100;

    private final Map<String, DevelopmentSet> sets = new LinkedHashMap<>();

    DevelopmentSets(int techmapCorpus, int queries) {
        TechmapCompaniesSet companies = new TechmapCompaniesSet(techmapCorpus, queries);
        CslDisciplinesSet offers = new CslDisciplinesSet(queries);
        for (DevelopmentSet set : List.of(companies, new ZhToEnSet(companies), offers, new EnToZhSet(offers),
                new TechmapJobsSet(queries))) {
            sets.put(set.name(), set);
        }
    }

    static DevelopmentSets defaults() {
        return new DevelopmentSets(TECHMAP_CORPUS, QUERIES);
    }

    List<String> names() {
        return List.copyOf(sets.keySet());
    }

    /** @param wanted set names, or {@code all} */
    List<DevelopmentSet> select(List<String> wanted) {
        if (wanted.contains("all")) {
            return List.copyOf(sets.values());
        }
        List<DevelopmentSet> selected = new ArrayList<>();
        for (String name : wanted) {
            DevelopmentSet set = sets.get(name);
            if (set == null) {
                throw new EvaluationException("No set '" + name + "': use one of " + names() + " or all");
            }
            selected.add(set);
        }
        return selected;
    }
}
