package org.loungehub.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code en-to-zh}, cross-language: searches written in English for CSL disciplines, as an Israeli company would
 * phrase them (resource {@code en-to-zh.tsv}), against the csl-disciplines corpus; the offers of that discipline
 * are relevant. A discipline with no offer in the corpus leaves its queries without relevant documents: they are
 * skipped, with a warning, when the set is run.
 */
final class EnToZhSet implements DevelopmentSet {

    static final String NAME = "en-to-zh";
    static final String QUERIES = "/evaluation/en-to-zh.tsv";

    private final CslDisciplinesSet offers;

    EnToZhSet(CslDisciplinesSet offers) {
        this.offers = offers;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LabeledSet build(Path data) throws IOException {
        CslDisciplinesSet.Sample sample = offers.sample(data);
        List<LabeledQuery> queries = new ArrayList<>();
        int n = 0;
        for (QueryFile.Line line : QueryFile.read(QUERIES)) {
            Map<String, Integer> grades = new LinkedHashMap<>();
            sample.corpus().stream().filter(o -> o.discipline().equals(line.label()))
                    .forEach(o -> grades.put(CslDisciplinesSet.ID_PREFIX + o.id(), 1));
            queries.add(new LabeledQuery(NAME + ":" + (++n) + ":" + line.label(), line.text(), grades));
        }
        return new LabeledSet(NAME, "en→zh", "English searches against Chinese offers (CSL discipline, 学科领域)",
                "technology", sample.listings(), queries);
    }
}
