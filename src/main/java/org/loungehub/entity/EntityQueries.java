package org.loungehub.entity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.loungehub.listing.ListingFields;
import org.loungehub.listing.ListingStore;
import org.springframework.stereotype.Component;

/** One organization as staff see it: every listing linked to it, from every partner that sent it. */
@Component("entityQueries")
public class EntityQueries {

    private static final List<String> SHOWN = List.of(ListingFields.ID, ListingFields.PARTNER_ID, ListingFields.KIND,
            ListingFields.SIDE, ListingFields.TITLE, ListingFields.ORGANIZATION, ListingFields.COUNTRY);

    private final ListingStore listings;
    private final EntityLinks links;

    EntityQueries(ListingStore listings, EntityLinks links) {
        this.listings = listings;
        this.links = links;
    }

    public Entity entity(String entityId) {
        try {
            List<LinkedListing> linked = listings.search(s -> s.size(200)
                            .query(q -> q.term(t -> t.field(ListingFields.ENTITY_ID).value(entityId)))
                            .source(src -> src.filter(f -> f.includes(SHOWN))), Shown.class)
                    .hits().hits().stream().map(hit -> linked(hit.id(), hit.source())).toList();
            if (linked.isEmpty()) {
                throw new UnknownEntityException(entityId);
            }
            List<String> partners = linked.stream().map(LinkedListing::partnerId).distinct().sorted().toList();
            return new Entity(entityId, partners, linked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LinkedListing linked(String id, Shown s) {
        return new LinkedListing(id, s.partnerId(), s.kind(), s.title(), s.organization(), s.country(),
                links.correction(id).isPresent());
    }

    /** The fields of a linked listing that staff see. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Shown(String partnerId, String kind, String title, String organization, String country) {
    }

    public record Entity(String entityId, List<String> partners, List<LinkedListing> listings) {
    }

    /** @param corrected whether staff linked this listing by hand */
    public record LinkedListing(String id, String partnerId, String kind, String title, String organization,
                                String country, boolean corrected) {
    }
}
