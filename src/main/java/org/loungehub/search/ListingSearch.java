package org.loungehub.search;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loungehub.access.Caller;
import org.loungehub.access.Callers;
import org.loungehub.access.ListingRedaction;
import org.loungehub.access.PartnerScope;
import org.loungehub.listing.ListingFields;
import org.loungehub.listing.ListingNotFoundException;
import org.loungehub.listing.ListingStore;
import org.loungehub.search.SearchPage.FacetValue;
import org.loungehub.taxonomy.Cluster;
import org.loungehub.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * Search over current listings (the filtered alias: expired ones are left out), with facets and highlights, and
 * the page of one listing.
 */
@Component("listingSearch")
public class ListingSearch {

    /** Facet name in the API → indexed field. */
    static final Map<String, String> FACETS = facets();
    private static final int FACET_SIZE = 30;
    /** A listing's page shows the partner's original record, never the vectors. */
    private static final List<String> VECTORS = List.of(ListingFields.EMBEDDING, ListingFields.EMBEDDING_HASH,
            ListingFields.EMBEDDING_EN, ListingFields.EMBEDDING_EN_HASH);

    private final ListingStore listings;
    private final Taxonomy taxonomy;
    private final SearchFilters filters;

    ListingSearch(ListingStore listings, Taxonomy taxonomy, SearchFilters filters) {
        this.listings = listings;
        this.taxonomy = taxonomy;
        this.filters = filters;
    }

    /** The API's query parameters, as given (numbers are checked here to answer 400, not 500). */
    public SearchPage search(String q, String kind, String side, String country, String industry, String language,
                             String partner, String page, String size, Caller caller) {
        return search(SearchQuery.of(q, kind, side, country, industry, language, partner,
                SearchQuery.number("page", page), SearchQuery.number("size", size)), caller);
    }

    /** A partner key searches its own listings only; personal data is left out of what the caller may not see. */
    public SearchPage search(SearchQuery asked, Caller caller) {
        SearchQuery query = asked.withPartner(PartnerScope.partner(caller, asked.partner()));
        List<Query> filter = filters.of(query);
        Query text = query.q() == null ? Query.of(m -> m.matchAll(a -> a)) : TextQuery.of(query.q(), 1f);
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        FACETS.forEach((name, field) -> aggregations.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(FACET_SIZE)))));
        try {
            SearchResponse<Map> response = listings.searchCurrent(s -> {
                s.from(query.from()).size(query.size()).trackTotalHits(t -> t.enabled(true))
                        .query(b -> b.bool(bool -> bool.must(text).filter(filter)))
                        .source(src -> src.filter(f -> f.excludes(ListingView.HIDDEN)))
                        .aggregations(aggregations);
                if (query.q() == null) {
                    s.sort(o -> o.field(f -> f.field(ListingFields.UPDATED_AT).order(SortOrder.Desc).missing("_last")));
                } else {
                    s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                    s.highlight(ListingView.highlight(query.q()));
                }
                // Ties broken by id: pages stay stable while listings are rewritten (the backfill adds vectors),
                // so paging through a partner's listings sees each one exactly once.
                s.sort(o -> o.field(f -> f.field(ListingFields.ID).order(SortOrder.Asc)));
                return s;
            }, Map.class);
            List<Map<String, Object>> items = response.hits().hits().stream().map(hit -> item(hit, caller)).toList();
            long total = response.hits().total() == null ? items.size() : response.hits().total().value();
            return new SearchPage(total, query.page(), query.size(), items, facets(response.aggregations()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One listing, expired or not (a person following a link should still see it, marked as expired), with the
     * partner's original record for those who may see personal data. Another partner's listing is not found for a
     * partner key.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> get(String id, Caller caller) {
        Callers.required(caller);
        ListingNotFoundException.possibleId(id);
        try {
            Map<String, Object> source = listings.getWithout(id, VECTORS, Map.class)
                    .filter(found -> PartnerScope.mayRead(caller, found.get(ListingFields.PARTNER_ID)))
                    .orElseThrow(() -> new ListingNotFoundException(id));
            Object validUntil = source.get(ListingFields.VALID_UNTIL);
            boolean expired = validUntil != null && LocalDate.parse(validUntil.toString()).isBefore(LocalDate.now());
            return ListingRedaction.listing(ListingView.of(source, Map.of("expired", expired), true), caller);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Hit<Map> hit, Caller caller) {
        Map<String, Object> extra = new LinkedHashMap<>();
        if (hit.score() != null && !hit.score().isNaN()) {
            extra.put("score", hit.score());
        }
        if (!hit.highlight().isEmpty()) {
            extra.put("highlights", ListingRedaction.highlights(ListingView.highlights(hit.highlight()),
                    hit.source().get(ListingFields.PARTNER_ID), caller));
        }
        return ListingRedaction.listing(ListingView.of(hit.source(), extra), caller);
    }

    private Map<String, List<FacetValue>> facets(Map<String, Aggregate> aggregations) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        FACETS.keySet().forEach(name -> {
            Aggregate aggregate = aggregations.get(name);
            List<FacetValue> values = new ArrayList<>();
            if (aggregate != null && aggregate.isSterms()) {
                aggregate.sterms().buckets().array().forEach(bucket -> {
                    String value = bucket.key().stringValue();
                    values.add(new FacetValue(value, bucket.docCount(), label(name, value)));
                });
            }
            facets.put(name, values);
        });
        return facets;
    }

    private String label(String facet, String value) {
        if (!facet.equals("industry")) {
            return null;
        }
        return taxonomy.cluster(value).map(ListingSearch::bilingual).orElse(null);
    }

    private static String bilingual(Cluster cluster) {
        return cluster.zh() + " / " + cluster.en();
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("kind", ListingFields.KIND);
        facets.put("side", ListingFields.SIDE);
        facets.put("country", ListingFields.COUNTRY);
        facets.put("industry", ListingFields.INDUSTRY_CLUSTERS);
        facets.put("partner", ListingFields.PARTNER_ID);
        facets.put("language", ListingFields.LANGUAGE);
        return facets;
    }
}
