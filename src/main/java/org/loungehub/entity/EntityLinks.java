package org.loungehub.entity;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.loungehub.index.IndexCatalog;
import org.loungehub.listing.Listing;
import org.loungehub.listing.ListingFields;
import org.loungehub.listing.ListingStore;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Which organization a listing belongs to. By default the normalizer links listings by a key of the organization's
 * name and country; staff corrections override that key for one listing, are kept in their own index and survive
 * every later push of the listing.
 * <p>
 * The corrections are read at start, when Elasticsearch must be up anyway: intake applies them from memory and
 * so goes on (waiting, then resuming) through a later Elasticsearch outage instead of failing on them.
 */
@Component
public class EntityLinks implements SmartLifecycle {

    private final ElasticsearchClient client;
    private final String linksAlias;
    private final ListingStore listings;
    private final Clock clock;
    private volatile Map<String, String> overrides;

    EntityLinks(ElasticsearchClient client, IndexCatalog catalog, ListingStore listings, Clock clock) {
        this.client = client;
        this.linksAlias = catalog.get("entity-links").alias();
        this.listings = listings;
        this.clock = clock;
    }

    @Override
    public void start() {
        overrides();
    }

    @Override
    public void stop() {
    }

    @Override
    public boolean isRunning() {
        return overrides != null;
    }

    /** Right after the index bootstrap has made sure entity-links exists; before the routes start. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 2100;
    }

    /** The listing as it should be indexed: with the staff's entity link when there is one. */
    public Listing apply(Listing listing) {
        String corrected = overrides().get(listing.id());
        return corrected == null || corrected.equals(listing.entityId()) ? listing : listing.withEntityId(corrected);
    }

    public Optional<String> correction(String listingId) {
        return Optional.ofNullable(overrides().get(listingId));
    }

    /** Links a listing to another organization (or, with a blank entityId, to none but itself). */
    public EntityCorrection correct(String listingId, String entityId, String reason) {
        String target = entityId == null || entityId.isBlank() ? "self|" + listingId : entityId.strip();
        try {
            if (!listings.exists(listingId)) {
                throw new IllegalArgumentException("No listing '" + listingId + "' to link");
            }
            EntityCorrection correction = new EntityCorrection(listingId, target, reason, clock.instant());
            client.index(i -> i.index(linksAlias).id(listingId).document(correction).refresh(Refresh.WaitFor));
            listings.update(listingId, Map.of(ListingFields.ENTITY_ID, target));
            overrides().put(listingId, target);
            return correction;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the corrections of these listings (an erased person's; the reason may name them).
     *
     * @return how many there were
     */
    public int forget(Collection<String> listingIds) {
        if (listingIds.isEmpty()) {
            return 0;
        }
        try {
            BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
            listingIds.forEach(id -> bulk.operations(op -> op.delete(d -> d.index(linksAlias).id(id))));
            int deleted = 0;
            for (BulkResponseItem item : client.bulk(bulk.build()).items()) {
                deleted += "deleted".equals(item.result()) ? 1 : 0;
            }
            listingIds.forEach(overrides()::remove);
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> overrides() {
        Map<String, String> loaded = overrides;
        if (loaded == null) {
            synchronized (this) {
                if (overrides == null) {
                    overrides = load();
                }
                loaded = overrides;
            }
        }
        return loaded;
    }

    /** Corrections are few (staff work by hand): all of them are held in memory. */
    private Map<String, String> load() {
        Map<String, String> all = new ConcurrentHashMap<>();
        try {
            for (Hit<EntityCorrection> hit : client.search(s -> s.index(linksAlias).size(10_000), EntityCorrection.class).hits().hits()) {
                all.put(hit.source().listingId(), hit.source().entityId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    public record EntityCorrection(String listingId, String entityId, String reason, java.time.Instant correctedAt) {
    }
}
