package org.loungehub.intake;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loungehub.index.IndexCatalog;
import org.loungehub.listing.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes one chunk of listings and deletions idempotently and returns only once every item has a final outcome.
 * A listing whose content hash is already indexed is "unchanged" and not rewritten; one older than the indexed
 * version (updatedAt) never overwrites it. Writes are conditional on the version read, so a concurrent writer
 * makes the item be judged again rather than lost. Throttling (429) and server errors are retried with backoff
 * for as long as it takes (the batch waits, durable in the inbox); a document Elasticsearch refuses is rejected.
 */
@Component
public class ListingIndexer {

    private static final Logger log = LoggerFactory.getLogger(ListingIndexer.class);
    private static final int MAX_CONFLICT_ROUNDS = 5;

    private final ElasticsearchClient client;
    private final String alias;
    private final ObjectMapper json;
    private final Clock clock;
    private final Backoff backoff;

    ListingIndexer(ElasticsearchClient client, IndexCatalog catalog, ObjectMapper json, Clock clock, IntakeProperties properties) {
        this.client = client;
        this.alias = catalog.get("listings").alias();
        this.json = json;
        this.clock = clock;
        this.backoff = new Backoff(properties.maxBackoff());
    }

    /** One pending write: a listing to index or an id to delete, with the record it came from. */
    public record Item(long recordNumber, String id, Listing listing) {
        static Item index(long recordNumber, Listing listing) {
            return new Item(recordNumber, listing.id(), listing);
        }

        static Item delete(long recordNumber, String id) {
            return new Item(recordNumber, id, null);
        }
    }

    public record Outcome(long indexed, long unchanged, long deleted, List<Rejection> rejected) {
    }

    public record Rejection(long recordNumber, String id, String reason) {
    }

    public Outcome write(List<Item> items) {
        // Within a chunk the last record for an id wins; the earlier ones are superseded, hence unchanged.
        Map<String, Item> latest = new LinkedHashMap<>();
        items.forEach(item -> latest.put(item.id(), item));
        long unchanged = items.size() - latest.size();
        long indexed = 0;
        long deleted = 0;
        List<Rejection> rejected = new ArrayList<>();

        List<Item> pending = new ArrayList<>(latest.values());
        for (int round = 0; !pending.isEmpty(); round++) {
            Map<String, GetResult<Map>> existing = fetchExisting(pending);
            List<Item> toWrite = new ArrayList<>();
            List<BulkOperation> operations = new ArrayList<>();
            for (Item item : pending) {
                GetResult<Map> current = existing.get(item.id());
                BulkOperation operation = operationFor(item, current);
                if (operation == null) {
                    unchanged++;
                } else {
                    toWrite.add(item);
                    operations.add(operation);
                }
            }
            if (operations.isEmpty()) {
                break;
            }
            BulkResponse response = bulk(operations);
            List<Item> retry = new ArrayList<>();
            boolean throttled = false;
            for (int i = 0; i < response.items().size(); i++) {
                BulkResponseItem result = response.items().get(i);
                Item item = toWrite.get(i);
                if (result.error() == null) {
                    if (item.listing() == null) {
                        deleted++;
                    } else {
                        indexed++;
                    }
                } else if (item.listing() == null && result.status() == 404) {
                    deleted++;
                } else if (result.status() == 409 && round < MAX_CONFLICT_ROUNDS) {
                    retry.add(item);
                } else if (result.status() == 429 || result.status() >= 500) {
                    retry.add(item);
                    throttled = true;
                } else {
                    rejected.add(new Rejection(item.recordNumber(), item.id(),
                            "Elasticsearch refused the listing: " + result.error().type() + ": " + result.error().reason()));
                }
            }
            if (throttled) {
                backoff.pause("bulk items throttled or failed", round + 1);
            }
            pending = retry;
        }
        return new Outcome(indexed, unchanged, deleted, rejected);
    }

    /** The write for an item given what is indexed now; null when nothing needs writing. */
    private BulkOperation operationFor(Item item, GetResult<Map> current) {
        boolean exists = current != null && current.found();
        if (item.listing() == null) {
            if (!exists) {
                return null;
            }
            return BulkOperation.of(b -> b.delete(d -> d.index(alias).id(item.id())
                    .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())));
        }
        Listing listing = item.listing();
        if (exists) {
            Map<?, ?> source = current.source();
            if (source != null && listing.contentHash() != null && listing.contentHash().equals(source.get("contentHash"))) {
                return null;
            }
            Instant indexedUpdate = parseInstant(source == null ? null : source.get("updatedAt"));
            if (indexedUpdate != null && listing.updatedAt() != null && listing.updatedAt().isBefore(indexedUpdate)) {
                return null;
            }
        }
        Map<String, Object> document = document(listing);
        if (!exists) {
            // A document that appeared meanwhile is a conflict to judge again, not something to overwrite.
            return BulkOperation.of(b -> b.create(c -> c.index(alias).id(item.id()).document(document)));
        }
        return BulkOperation.of(b -> b.index(i -> i.index(alias).id(item.id()).document(document)
                .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())));
    }

    /** Makes everything written so far searchable: a batch is reported done only once its listings can be found. */
    public void refresh() {
        for (int attempt = 1; ; attempt++) {
            try {
                client.indices().refresh(r -> r.index(alias));
                return;
            } catch (IOException | RuntimeException e) {
                backoff.pause("Elasticsearch unavailable (" + e.getMessage() + ")", attempt);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> document(Listing listing) {
        Map<String, Object> document = json.convertValue(listing, Map.class);
        document.put("indexedAt", clock.instant().toString());
        return document;
    }

    private static Instant parseInstant(Object value) {
        try {
            return value == null ? null : Instant.parse(value.toString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Map<String, GetResult<Map>> fetchExisting(List<Item> items) {
        List<String> ids = items.stream().map(Item::id).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                MgetResponse<Map> response = client.mget(m -> m.index(alias).ids(ids)
                        .sourceIncludes("contentHash", "updatedAt"), Map.class);
                Map<String, GetResult<Map>> found = new LinkedHashMap<>();
                response.docs().forEach(doc -> {
                    if (doc.isResult()) {
                        found.put(doc.result().id(), doc.result());
                    }
                });
                return found;
            } catch (IOException | RuntimeException e) {
                backoff.pause("Elasticsearch unavailable (" + e.getMessage() + ")", attempt);
            }
        }
    }

    private BulkResponse bulk(List<BulkOperation> operations) {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.bulk(BulkRequest.of(b -> b.operations(operations)));
            } catch (IOException | RuntimeException e) {
                backoff.pause("Elasticsearch unavailable (" + e.getMessage() + ")", attempt);
            }
        }
    }

    /** Exponential backoff, capped; interruption (shutdown) ends the wait with an exception. */
    static final class Backoff {
        private final long maxMillis;

        Backoff(java.time.Duration max) {
            this.maxMillis = max.toMillis();
        }

        void pause(String why, int attempt) {
            long millis = Math.min(maxMillis, 250L << Math.min(attempt, 16));
            log.warn("{}: retrying in {} ms (attempt {})", why, millis, attempt);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
            }
        }
    }
}
