package org.loungehub.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loungehub.access.Caller;
import org.loungehub.access.Callers;
import org.loungehub.access.ListingRedaction;
import org.loungehub.access.PartnerScope;
import org.loungehub.listing.ListingFields;
import org.loungehub.listing.ListingStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Current listings as a CSV file for spreadsheets, with the filters of search: best matches first when there is a
 * query, else newest first; at most {@code hub.export.max-rows} rows. Scoped and redacted as search is: a partner
 * key exports its own listings; contact columns are there only for callers who may see contacts (staff, the owning
 * partner), and a row's contact cells stay empty unless the caller may see that listing's.
 */
@Component("listingExport")
public class ListingExport {

    /** Listings read per round trip (search_after paging; Elasticsearch's result window stops at 10,000). */
    private static final int PAGE = 1_000;
    static final List<String> COLUMNS = List.of(ListingFields.ID, ListingFields.PARTNER_ID, ListingFields.KIND,
            ListingFields.SIDE, ListingFields.TITLE, ListingFields.ORGANIZATION, ListingFields.COUNTRY, ListingFields.CITY,
            ListingFields.INDUSTRIES, ListingFields.INDUSTRY_CLUSTERS, ListingFields.KEYWORDS, ListingFields.STAGE,
            ListingFields.WEBSITE, ListingFields.UPDATED_AT, ListingFields.VALID_UNTIL, ListingFields.DESCRIPTION);
    static final List<String> CONTACT_COLUMNS = List.of(ListingFields.CONTACT_NAME, ListingFields.CONTACT_EMAIL,
            ListingFields.CONTACT_PHONE);

    private final ListingStore listings;
    private final SearchFilters filters;
    private final int maxRows;

    ListingExport(ListingStore listings, SearchFilters filters,
                  @Value("${hub.export.max-rows:10000}") int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("hub.export.max-rows must be at least 1 (got " + maxRows + ")");
        }
        this.listings = listings;
        this.filters = filters;
        this.maxRows = maxRows;
    }

    /** The API's query parameters, as search takes them. */
    public CsvExport csv(String q, String kind, String side, String country, String industry, String language,
                         String partner, Caller caller) {
        Callers.required(caller);
        SearchQuery asked = SearchQuery.of(q, kind, side, country, industry, language, partner, null, null);
        SearchQuery query = asked.withPartner(PartnerScope.partner(caller, asked.partner()));
        boolean contacts = caller.isStaff() || caller.onlyPartner().isPresent();
        List<String> columns = new ArrayList<>(COLUMNS);
        if (contacts) {
            columns.addAll(CONTACT_COLUMNS);
        }
        Set<String> fetched = new LinkedHashSet<>();
        columns.forEach(column -> fetched.add(column.contains(".") ? column.substring(0, column.indexOf('.')) : column));

        Query text = query.q() == null ? Query.of(m -> m.matchAll(a -> a)) : TextQuery.of(query.q(), 1f);
        Query filtered = Query.of(b -> b.bool(bool -> bool.must(text).filter(filters.of(query))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Csv.BOM);
        out.writeBytes(Csv.row(columns).getBytes(StandardCharsets.UTF_8));
        int rows = 0;
        long total = 0;
        List<FieldValue> after = null;
        try {
            while (rows < maxRows) {
                int size = Math.min(PAGE, maxRows - rows);
                List<FieldValue> searchAfter = after;
                SearchResponse<Map> response = listings.searchCurrent(s -> {
                    s.size(size).query(filtered).trackTotalHits(t -> t.enabled(true))
                            .source(src -> src.filter(f -> f.includes(List.copyOf(fetched))));
                    if (query.q() != null) {
                        s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                    }
                    s.sort(o -> o.field(f -> f.field(ListingFields.UPDATED_AT).order(SortOrder.Desc).missing("_last")))
                            .sort(o -> o.field(f -> f.field(ListingFields.ID).order(SortOrder.Asc)));
                    if (searchAfter != null) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, Map.class);
                if (after == null && response.hits().total() != null) {
                    total = response.hits().total().value();
                }
                List<Hit<Map>> hits = response.hits().hits();
                for (Hit<Map> hit : hits) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> listing = ListingRedaction.listing(hit.source(), caller);
                    out.writeBytes(Csv.row(columns.stream().map(column -> value(listing, column)).toList())
                            .getBytes(StandardCharsets.UTF_8));
                    rows++;
                }
                if (hits.size() < size) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvExport(out.toByteArray(), rows, Math.max(total, rows), maxRows, total > rows);
    }

    /** A column's value: a top-level field, or one level down ("contact.email"). */
    static Object value(Map<String, Object> listing, String column) {
        int dot = column.indexOf('.');
        if (dot < 0) {
            return listing.get(column);
        }
        return listing.get(column.substring(0, dot)) instanceof Map<?, ?> nested ? nested.get(column.substring(dot + 1)) : null;
    }
}
