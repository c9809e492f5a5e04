package org.loungehub.entity;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.loungehub.index.IndexCatalog;
import org.springframework.stereotype.Component;

/** One organization as staff see it: every listing linked to it, from every partner that sent it. */
@Component("entityQueries")
public class EntityQueries {

    private final ElasticsearchClient client;
    private final String listingsAlias;
    private final EntityLinks links;

    EntityQueries(ElasticsearchClient client, IndexCatalog catalog, EntityLinks links) {
        this.client = client;
        this.listingsAlias = catalog.get("listings").alias();
        this.links = links;
    }

    public Entity entity(String entityId) {
        try {
            List<LinkedListing> listings = client.search(s -> s.index(listingsAlias).size(200)
                            .query(q -> q.term(t -> t.field("entityId").value(entityId)))
                            .source(src -> src.filter(f -> f.includes("id", "partnerId", "kind", "side", "title", "organization", "country"))),
                    Map.class).hits().hits().stream().map(this::linked).toList();
            if (listings.isEmpty()) {
                throw new UnknownEntityException(entityId);
            }
            List<String> partners = listings.stream().map(LinkedListing::partnerId).distinct().sorted().toList();
            return new Entity(entityId, partners, listings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LinkedListing linked(Hit<Map> hit) {
        Map<?, ?> s = hit.source();
        return new LinkedListing(hit.id(), str(s.get("partnerId")), str(s.get("kind")), str(s.get("title")),
                str(s.get("organization")), str(s.get("country")), links.correction(hit.id()).isPresent());
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    public record Entity(String entityId, List<String> partners, List<LinkedListing> listings) {
    }

    /** @param corrected whether staff linked this listing by hand */
    public record LinkedListing(String id, String partnerId, String kind, String title, String organization,
                                String country, boolean corrected) {
    }
}
