package org.loungehub.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.loungehub.evaluation.TechmapData.Company;

/**
 * {@code techmap-companies}, en→en company similarity: a fixed-seed sample of active Tech Map companies is the
 * corpus; the descriptions of further companies (never in the corpus) are the queries; the corpus companies of the
 * query company's category are relevant (grade 1).
 */
final class TechmapCompaniesSet implements DevelopmentSet {

    static final String NAME = "techmap-companies";
    static final String ID_PREFIX = "techmap:";

    private final int corpusSize;
    private final int queryCount;

    TechmapCompaniesSet(int corpusSize, int queryCount) {
        this.corpusSize = corpusSize;
        this.queryCount = queryCount;
    }

    /** The corpus companies and the held-out ones, in sample order. */
    record Sample(List<Company> corpus, List<Company> heldOut) {

        List<CorpusListing> listings() {
            return corpus.stream().map(TechmapCompaniesSet::listing).toList();
        }

        /** Corpus externalIds of each category present in the corpus. */
        Map<String, Map<String, Integer>> gradesByCategory() {
            Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
            corpus.forEach(c -> grades.computeIfAbsent(c.category(), k -> new LinkedHashMap<>()).put(ID_PREFIX + c.id(), 1));
            return grades;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    Sample sample(Path data) throws IOException {
        List<Company> companies = Sampling.shuffled(TechmapData.companies(data));
        int n = Math.min(corpusSize, companies.size());
        return new Sample(companies.subList(0, n), companies.subList(n, companies.size()));
    }

    @Override
    public LabeledSet build(Path data) throws IOException {
        Sample sample = sample(data);
        Map<String, Map<String, Integer>> grades = sample.gradesByCategory();
        Set<String> corpusDescriptions = sample.corpus().stream().map(Company::description).collect(Collectors.toSet());
        List<LabeledQuery> queries = new ArrayList<>();
        for (Company company : sample.heldOut()) {
            if (queries.size() == queryCount) {
                break;
            }
            // A description that is also a corpus company's (group subsidiaries share one) would be a giveaway.
            if (grades.containsKey(company.category()) && !corpusDescriptions.contains(company.description())) {
                queries.add(new LabeledQuery(ID_PREFIX + company.id(), company.description(), grades.get(company.category())));
            }
        }
        return new LabeledSet(NAME, "en→en", "Tech Map companies like the query company (same Tech Map category)",
                "company", sample.listings(), queries);
    }

    /** As the shipped techmap-companies partner maps a company (website, coordinates and ids left out). */
    static CorpusListing listing(Company c) {
        return new CorpusListing(ID_PREFIX + c.id(), "company", "supply", c.name(), c.description(), c.name(),
                List.of(), List.of(c.category()), "IL", c.city(), "en");
    }
}
