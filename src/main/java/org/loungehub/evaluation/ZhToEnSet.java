package org.loungehub.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code zh-to-en}, cross-language: demands written in Chinese for each Tech Map category, as a Chinese enterprise
 * would put them (resource {@code zh-to-en.tsv}), against the techmap-companies corpus; the companies of that
 * category are relevant.
 */
final class ZhToEnSet implements DevelopmentSet {

    static final String NAME = "zh-to-en";
    static final String QUERIES = "/evaluation/zh-to-en.tsv";

    private final TechmapCompaniesSet companies;

    ZhToEnSet(TechmapCompaniesSet companies) {
        this.companies = companies;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LabeledSet build(Path data) throws IOException {
        TechmapCompaniesSet.Sample sample = companies.sample(data);
        Map<String, Map<String, Integer>> grades = sample.gradesByCategory();
        List<String> known = List.copyOf(TechmapData.categories(data).values());
        List<LabeledQuery> queries = new ArrayList<>();
        int n = 0;
        for (QueryFile.Line line : QueryFile.read(QUERIES)) {
            if (!known.contains(line.label())) {
                throw new IllegalStateException(QUERIES + ": '" + line.label() + "' is no Tech Map category " + known);
            }
            queries.add(new LabeledQuery(NAME + ":" + (++n) + ":" + line.label(), line.text(),
                    grades.getOrDefault(line.label(), Map.of())));
        }
        return new LabeledSet(NAME, "zh→en", "Chinese demands against Israeli companies (Tech Map category)",
                "company", sample.listings(), queries);
    }
}
