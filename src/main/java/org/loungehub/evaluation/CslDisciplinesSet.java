package org.loungehub.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.loungehub.evaluation.CslData.Offer;

/**
 * {@code csl-disciplines}, zh→zh technology abstracts: a fixed-seed sample of CSL offers is held out and their
 * abstracts (成果简介) are the queries, the other offers are the corpus. Relevant: corpus offers of the query's
 * discipline (学科领域), grade 2 when they also share a keyword (关键词), else 1. An offer is only held out while
 * its discipline keeps at least one offer in the corpus.
 */
final class CslDisciplinesSet implements DevelopmentSet {

    static final String NAME = "csl-disciplines";
    static final String ID_PREFIX = "csl:";

    private final int queryCount;

    CslDisciplinesSet(int queryCount) {
        this.queryCount = queryCount;
    }

    record Sample(List<Offer> corpus, List<Offer> heldOut) {

        List<CorpusListing> listings() {
            return corpus.stream().map(CslDisciplinesSet::listing).toList();
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    Sample sample(Path data) throws IOException {
        List<Offer> offers = CslData.offers(data);
        Map<String, Integer> left = new HashMap<>();
        offers.forEach(o -> left.merge(o.discipline(), 1, Integer::sum));
        Set<String> heldOutIds = new HashSet<>();
        List<Offer> heldOut = new ArrayList<>();
        for (Offer offer : Sampling.shuffled(offers)) {
            if (heldOut.size() == queryCount) {
                break;
            }
            if (left.get(offer.discipline()) > 1) {
                left.merge(offer.discipline(), -1, Integer::sum);
                heldOut.add(offer);
                heldOutIds.add(offer.id());
            }
        }
        return new Sample(offers.stream().filter(o -> !heldOutIds.contains(o.id())).toList(), heldOut);
    }

    @Override
    public LabeledSet build(Path data) throws IOException {
        Sample sample = sample(data);
        List<LabeledQuery> queries = new ArrayList<>();
        for (Offer query : sample.heldOut()) {
            queries.add(new LabeledQuery(ID_PREFIX + query.id(), query.summary(), grades(query, sample.corpus())));
        }
        return new LabeledSet(NAME, "zh→zh", "CSL offers of the query abstract's discipline (学科领域; sharing a keyword: grade 2)",
                "technology", sample.listings(), queries);
    }

    /** Same discipline: 1; and a keyword in common (ignoring case): 2. */
    static Map<String, Integer> grades(Offer query, List<Offer> corpus) {
        Set<String> keywords = keys(query.keywords());
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (Offer offer : corpus) {
            if (offer.discipline().equals(query.discipline())) {
                boolean shared = keys(offer.keywords()).stream().anyMatch(keywords::contains);
                grades.put(ID_PREFIX + offer.id(), shared ? 2 : 1);
            }
        }
        return grades;
    }

    /** As the shipped csl-offers partner maps an offer. */
    static CorpusListing listing(Offer o) {
        return new CorpusListing(ID_PREFIX + o.id(), "technology", "supply", o.title(), o.summary(), null,
                o.keywords(), List.of(o.discipline()), "CN", null, "zh");
    }

    private static Set<String> keys(List<String> keywords) {
        Set<String> keys = new HashSet<>();
        keywords.forEach(k -> keys.add(k.toLowerCase(Locale.ROOT)));
        return keys;
    }
}
