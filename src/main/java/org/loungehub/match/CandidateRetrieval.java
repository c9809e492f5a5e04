package org.loungehub.match;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loungehub.listing.ListingFields;
import org.loungehub.listing.ListingStore;
import org.loungehub.search.ListingView;
import org.loungehub.search.TextQuery;
import org.springframework.stereotype.Component;

/**
 * Asks Elasticsearch for each signal's candidates in one multi-search round trip, over current listings only:
 * BM25 on the query and its concept translation, kNN on the query vector (among the listings that have a vector in
 * its space), and concept overlap.
 */
@Component
class CandidateRetrieval {

    private final ElasticsearchClient client;
    private final ListingStore listings;

    /** @param client only its JSON mapper, to show the requests in a trace */
    CandidateRetrieval(ElasticsearchClient client, ListingStore listings) {
        this.client = client;
        this.listings = listings;
    }

    /** Per signal, the hits best first; the listings' sources without the machine-only fields. */
    record Candidates(Map<Signal, List<Hit<Map>>> hits) {

        /** Every candidate's stored listing, whichever signal found it. */
        Map<String, Map<String, Object>> sources() {
            Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
            hits.values().forEach(list -> list.forEach(hit -> sources.putIfAbsent(hit.id(), source(hit))));
            return sources;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> source(Hit<Map> hit) {
            return hit.source() == null ? Map.of() : hit.source();
        }
    }

    /** The searches of one match, in signal order. */
    record Searches(List<Signal> order, MsearchRequest request) {
    }

    Searches searches(MatchPlan plan) {
        List<Signal> order = new ArrayList<>();
        List<MultisearchBody> bodies = new ArrayList<>();
        for (Signal signal : Signal.values()) {
            MultisearchBody body = body(signal, plan);
            if (body != null) {
                order.add(signal);
                bodies.add(body);
            }
        }
        return new Searches(order, listings.currentSearches(bodies));
    }

    Candidates retrieve(Searches searches) {
        List<Signal> order = searches.order();
        Map<Signal, List<Hit<Map>>> hits = new EnumMap<>(Signal.class);
        if (order.isEmpty()) {
            return new Candidates(hits);
        }
        try {
            MsearchResponse<Map> response = listings.multiSearch(searches.request(), Map.class);
            for (int i = 0; i < order.size(); i++) {
                MultiSearchResponseItem<Map> item = response.responses().get(i);
                if (item.isFailure()) {
                    throw new IllegalStateException("Elasticsearch failed the " + order.get(i).value() + " search: "
                            + item.failure().error().reason());
                }
                hits.put(order.get(i), item.result().hits().hits());
            }
            return new Candidates(hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The search that highlights the chosen listings by the query's words and their translation. */
    SearchRequest highlightSearch(MatchPlan plan, List<String> ids) {
        return listings.currentSearch(s -> s.size(ids.size())
                .query(q -> q.ids(i -> i.values(ids)))
                .source(src -> src.fetch(false))
                .highlight(ListingView.highlight(highlighted(plan))));
    }

    /** The query's words, its concept labels and, when searched, its lexicon translation. */
    private static String highlighted(MatchPlan plan) {
        StringBuilder text = new StringBuilder(plan.text());
        if (plan.expansion() != null) {
            text.append(" ; ").append(plan.expansion());
        }
        if (plan.translationBoost() > 0) {
            plan.translation().forEach(term -> text.append(" ; ").append(String.join(" ; ", term.alternatives())));
        }
        return text.toString();
    }

    /** Highlighted fragments per listing id. */
    Map<String, Map<String, List<String>>> highlights(SearchRequest request) {
        if (request == null) {
            return Map.of();
        }
        try {
            var response = listings.search(request, Map.class);
            Map<String, Map<String, List<String>>> highlights = new LinkedHashMap<>();
            response.hits().hits().forEach(hit -> highlights.put(hit.id(), ListingView.highlights(hit.highlight())));
            return highlights;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The requests as Elasticsearch receives them: the multi-search as NDJSON, the highlight search as JSON. */
    MatchResult.Trace trace(Searches searches, SearchRequest highlight) {
        JsonpMapper mapper = client._jsonpMapper();
        StringBuilder ndjson = new StringBuilder();
        if (searches.request() != null) {
            searches.request().searches().forEach(item -> ndjson.append(JsonpUtils.toJsonString(item.header(), mapper)).append('\n')
                    .append(JsonpUtils.toJsonString(item.body(), mapper)).append('\n'));
        }
        return new MatchResult.Trace(listings.currentAlias(), ndjson.toString(),
                highlight == null ? null : JsonpUtils.toJsonString(highlight, mapper));
    }

    private MultisearchBody body(Signal signal, MatchPlan plan) {
        if (!plan.uses(signal)) {
            return null;
        }
        Query query = switch (signal) {
            case BM25 -> Query.of(q -> q.bool(b -> b.should(textQueries(plan)).minimumShouldMatch("1")
                    .filter(plan.filters()).mustNot(plan.exclusions())));
            case CONCEPTS -> plan.concepts().isEmpty() ? null : Query.of(q -> q.bool(b -> b
                    .should(conceptQueries(plan)).minimumShouldMatch("1")
                    .filter(plan.filters()).mustNot(plan.exclusions())));
            case VECTOR -> null;
        };
        if (signal == Signal.VECTOR) {
            if (plan.vector() == null) {
                return null;
            }
            List<Float> vector = new ArrayList<>(plan.vector().length);
            for (float value : plan.vector()) {
                vector.add(value);
            }
            Query filter = Query.of(q -> q.bool(b -> b.filter(plan.filters()).mustNot(plan.exclusions())));
            return MultisearchBody.of(b -> b.size(plan.candidates())
                    .knn(k -> k.field(plan.vectorSpace().field()).queryVector(vector).k(plan.candidates())
                            .numCandidates(Math.max(100, plan.candidates() * 2)).filter(filter))
                    .source(src -> src.filter(f -> f.excludes(ListingView.HIDDEN))));
        }
        if (query == null) {
            return null;
        }
        return MultisearchBody.of(b -> b.size(plan.candidates()).query(query)
                .source(src -> src.filter(f -> f.excludes(ListingView.HIDDEN))));
    }

    private static List<Query> textQueries(MatchPlan plan) {
        List<Query> queries = new ArrayList<>();
        queries.add(TextQuery.of(plan.text(), 1f));
        if (plan.expansion() != null) {
            queries.add(TextQuery.of(plan.expansion(), plan.expansionBoost()));
        }
        Query translation = TranslationQuery.of(plan.translation(), plan.translationBoost());
        if (translation != null) {
            queries.add(translation);
        }
        return queries;
    }

    /** Each shared concept adds its weight: named concepts count fully, implied broader ones less. */
    private static List<Query> conceptQueries(MatchPlan plan) {
        return plan.concepts().stream().map(concept -> Query.of(q -> q.constantScore(c -> c
                .filter(f -> f.term(t -> t.field(ListingFields.CONCEPTS).value(concept.id())))
                .boost((float) concept.weight())))).toList();
    }
}
