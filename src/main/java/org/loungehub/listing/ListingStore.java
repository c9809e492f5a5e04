package org.loungehub.listing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.util.ObjectBuilder;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.loungehub.index.IndexCatalog;
import org.loungehub.index.IndexDefinition;
import org.springframework.stereotype.Component;

/**
 * The one owner of the listings index: its aliases, reads, writes and refresh. Features bring their queries (built
 * with {@link ListingFields}) and get hits back, typed when they name a record; none of them names an index.
 * <p>
 * Writes go to the alias; searches go either to the alias ({@code search}, {@code count}: every listing) or to the
 * filtered "-current" alias ({@code searchCurrent}, {@code countCurrent}: listings past their validUntil left out).
 * Every method throws the client's IOException, so each caller keeps its own way of handling an outage.
 */
@Component
public class ListingStore {

    private final ElasticsearchClient client;
    private final String alias;
    private final String currentAlias;

    ListingStore(ElasticsearchClient client, IndexCatalog catalog) {
        IndexDefinition listings = catalog.get("listings");
        this.client = client;
        this.alias = listings.alias();
        this.currentAlias = listings.currentAlias();
    }

    /** The write alias (for the intake's bulk writes, which build their own operations). */
    public String alias() {
        return alias;
    }

    /** What searches over current listings name as their index (shown in match traces). */
    public String currentAlias() {
        return currentAlias;
    }

    /** One listing's source with only the given fields, or empty when there is none. */
    public <T> Optional<T> get(String id, List<String> includes, Class<T> type) throws IOException {
        var response = client.get(g -> g.index(alias).id(id).sourceIncludes(includes), type);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    /** One listing's source without the given fields, or empty when there is none. */
    public <T> Optional<T> getWithout(String id, List<String> excludes, Class<T> type) throws IOException {
        var response = client.get(g -> g.index(alias).id(id).sourceExcludes(excludes), type);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    /**
     * The stored versions of these listings, by id; a listing not stored is absent. One round trip.
     *
     * @throws UnreadListingException when one of them could not be read (it is not absent)
     */
    public Map<String, StoredVersion> versions(List<String> ids) throws IOException {
        MgetResponse<Map> response = client.mget(m -> m.index(alias).ids(ids)
                .sourceIncludes(ListingFields.CONTENT_HASH, ListingFields.UPDATED_AT), Map.class);
        Map<String, StoredVersion> versions = new LinkedHashMap<>();
        response.docs().forEach(doc -> {
            if (!doc.isResult()) {
                throw new UnreadListingException(doc.failure().id(), doc.failure().error().type(),
                        doc.failure().error().reason());
            }
            if (doc.result().found()) {
                GetResult<Map> found = doc.result();
                Map<?, ?> source = found.source() == null ? Map.of() : found.source();
                versions.put(found.id(), new StoredVersion(found.id(), found.seqNo(), found.primaryTerm(),
                        SourceValues.text(source.get(ListingFields.CONTENT_HASH)), instant(source.get(ListingFields.UPDATED_AT))));
            }
        });
        return versions;
    }

    private static Instant instant(Object value) {
        try {
            return value == null ? null : Instant.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public boolean exists(String id) throws IOException {
        return client.exists(e -> e.index(alias).id(id)).value();
    }

    /** A search over every listing, expired ones included. */
    public <T> SearchResponse<T> search(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> search,
                                        Class<T> type) throws IOException {
        return client.search(s -> search.apply(s.index(alias)), type);
    }

    /** A search over current listings. */
    public <T> SearchResponse<T> searchCurrent(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> search,
                                               Class<T> type) throws IOException {
        return client.search(s -> search.apply(s.index(currentAlias)), type);
    }

    /** A search over current listings built now and run later (a match builds its highlight search up front). */
    public SearchRequest currentSearch(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> search) {
        return search.apply(new SearchRequest.Builder().index(currentAlias)).build();
    }

    /** Runs a search made by {@link #currentSearch}. */
    public <T> SearchResponse<T> search(SearchRequest request, Class<T> type) throws IOException {
        return client.search(request, type);
    }

    /** Searches over current listings, one round trip for all of them; null when there are none. */
    public MsearchRequest currentSearches(List<MultisearchBody> bodies) {
        if (bodies.isEmpty()) {
            return null;
        }
        MsearchRequest.Builder request = new MsearchRequest.Builder();
        bodies.forEach(body -> request.searches(s -> s.header(h -> h.index(currentAlias)).body(body)));
        return request.build();
    }

    public <T> MsearchResponse<T> multiSearch(MsearchRequest request, Class<T> type) throws IOException {
        return client.msearch(request, type);
    }

    public long count(Query query) throws IOException {
        return client.count(c -> c.index(alias).query(query)).count();
    }

    public long countCurrent(Query query) throws IOException {
        return client.count(c -> c.index(currentAlias).query(query)).count();
    }

    /** Makes what was written visible to search. */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias));
    }

    /** Deletes one listing and waits until search no longer sees it; false when there was none. */
    public boolean delete(String id) throws IOException {
        return client.delete(d -> d.index(alias).id(id).refresh(Refresh.WaitFor)).result() != Result.NotFound;
    }

    /** Sets some fields of one listing (a partial update) and waits until search sees them. */
    public void update(String id, Map<String, Object> fields) throws IOException {
        client.update(u -> u.index(alias).id(id).doc(fields).refresh(Refresh.WaitFor), Map.class);
    }

    /**
     * Writes in one bulk request; the items answer the writes in order.
     *
     * @param waitForRefresh whether to answer only once search sees the writes
     */
    /** One bulk request of operations the caller built against {@link #alias()} (the intake's sized writes). */
    public List<BulkResponseItem> bulk(List<BulkOperation> operations) throws IOException {
        return client.bulk(b -> b.operations(operations)).items();
    }

    public List<BulkResponseItem> write(List<ListingWrite> writes, boolean waitForRefresh) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        if (waitForRefresh) {
            bulk.refresh(Refresh.WaitFor);
        }
        writes.forEach(write -> bulk.operations(write.operation(alias)));
        return client.bulk(bulk.build()).items();
    }
}
