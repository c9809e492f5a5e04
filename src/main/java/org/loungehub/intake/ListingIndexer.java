package org.loungehub.intake;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.loungehub.failure.FailurePolicy;
import org.loungehub.failure.Failures;
import org.loungehub.failure.HttpStatusException;
import org.loungehub.listing.Listing;
import org.loungehub.listing.ListingStore;
import org.loungehub.listing.StoredVersion;
import org.loungehub.listing.UnreadListingException;
import org.springframework.stereotype.Component;

/**
 * Writes one chunk of listings and deletions idempotently and returns only once every item has a final outcome.
 * A listing whose content hash is already indexed is "unchanged" and not rewritten; one older than the indexed
 * version (updatedAt) never overwrites it. Writes are conditional on the version read, so a concurrent writer
 * makes the item be judged again rather than lost. Bulk requests are cut by size (hub.intake.bulk-bytes, counted as
 * the JSON sent); a request Elasticsearch finds too large (413) is split, and a single listing too large is
 * rejected. Calls and throttled or failed items (429, 5xx) are retried under the one failure policy
 * (failure.FailurePolicy), which ends a write that cannot succeed with an exception; a document Elasticsearch
 * refuses is rejected.
 */
@Component
public class ListingIndexer {

    private static final int MAX_CONFLICT_ROUNDS = 5;
    /** The action line of a bulk item, beside its document: {"index":{"_index":...,"_id":...,"if_seq_no":...}}. */
    private static final int ACTION_BYTES = 120;

    private final ListingStore listings;
    private final String alias;
    private final ObjectMapper json;
    private final Clock clock;
    private final FailurePolicy policy;
    private final long bulkBytes;

    ListingIndexer(ListingStore listings, ObjectMapper json, Clock clock, FailurePolicy policy,
                   IntakeProperties properties) {
        this.listings = listings;
        this.alias = listings.alias();
        this.json = json;
        this.clock = clock;
        this.policy = policy;
        this.bulkBytes = properties.bulkBytes().toBytes();
    }

    /** One pending write: a listing to index or an id to delete, with the record it came from. */
    public record Item(long recordNumber, String id, Listing listing) {
        static Item index(long recordNumber, Listing listing) {
            return new Item(recordNumber, listing.id(), listing);
        }

        static Item delete(long recordNumber, String id) {
            return new Item(recordNumber, id, null);
        }

        private Instant updatedAt() {
            return listing == null ? null : listing.updatedAt();
        }
    }

    public record Outcome(long indexed, long unchanged, long deleted, List<Rejection> rejected) {
    }

    public record Rejection(long recordNumber, String id, String reason) {
    }

    public Outcome write(List<Item> items) {
        return write(items, failure -> { });
    }

    /** Writes the items; onRetry hears of every transient failure that the policy retries. */
    public Outcome write(List<Item> items, Consumer<Throwable> onRetry) {
        Map<String, Item> latest = newestPerId(items);
        Write write = new Write(new ArrayList<>(latest.values()), items.size() - latest.size());
        policy.elasticsearch("Bulk write of " + latest.size() + " listings", () -> {
            write.rounds();
            return null;
        }, onRetry);
        return new Outcome(write.indexed, write.unchanged, write.deleted, write.rejected);
    }

    /**
     * Per id the record with the newest updatedAt; of equal or missing ones the later in the file. The ones left
     * out are superseded, hence unchanged (as an older record is across chunks).
     */
    static Map<String, Item> newestPerId(List<Item> items) {
        Map<String, Item> latest = new LinkedHashMap<>();
        for (Item item : items) {
            latest.merge(item.id(), item, (kept, later) -> isNewer(kept, later) ? kept : later);
        }
        return latest;
    }

    private static boolean isNewer(Item kept, Item later) {
        return kept.updatedAt() != null && later.updatedAt() != null && kept.updatedAt().isAfter(later.updatedAt());
    }

    /**
     * The state of one chunk's write, kept across the policy's retries: items already settled stay settled, and
     * a retry takes up only those still pending.
     */
    private final class Write {
        private List<Item> pending;
        private final List<Item> again = new ArrayList<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private long indexed;
        private long unchanged;
        private long deleted;
        private int conflictRounds;

        Write(List<Item> pending, long superseded) {
            this.pending = pending;
            this.unchanged = superseded;
        }

        void rounds() throws IOException {
            pending.addAll(again);
            again.clear();
            while (!pending.isEmpty()) {
                Map<String, StoredVersion> existing = fetchExisting(pending);
                List<Pending> writes = new ArrayList<>();
                for (Item item : pending) {
                    BulkOperation operation = operationFor(item, existing.get(item.id()));
                    if (operation == null) {
                        unchanged++;
                    } else {
                        writes.add(new Pending(item, operation, bytesOf(operation)));
                    }
                }
                pending = new ArrayList<>(writes.stream().map(Pending::item).toList());
                int throttled = 0;
                for (List<Pending> request : requests(writes)) {
                    throttled += send(request);
                    pending.removeAll(request.stream().map(Pending::item).toList());
                }
                pending.addAll(again);
                again.clear();
                conflictRounds++;
                if (throttled > 0) {
                    throw new HttpStatusException(429, throttled + " listings throttled or failed by Elasticsearch");
                }
            }
        }

        /** Sends one bulk request and settles its items; a 413 splits it. Returns how many items may be retried. */
        private int send(List<Pending> request) throws IOException {
            List<BulkResponseItem> results;
            try {
                results = listings.bulk(request.stream().map(Pending::operation).toList());
            } catch (IOException | RuntimeException e) {
                if (Failures.status(e).orElse(0) != 413) {
                    throw e;
                }
                if (request.size() == 1) {
                    Pending one = request.get(0);
                    rejected.add(new Rejection(one.item().recordNumber(), one.item().id(), "the listing is "
                            + one.bytes() + " bytes as JSON, more than Elasticsearch accepts in one request (413)"));
                    return 0;
                }
                int half = request.size() / 2;
                return send(request.subList(0, half)) + send(request.subList(half, request.size()));
            }
            int retried = 0;
            for (int i = 0; i < results.size(); i++) {
                BulkResponseItem result = results.get(i);
                Item item = request.get(i).item();
                if (result.error() == null) {
                    if (item.listing() == null) {
                        deleted++;
                    } else {
                        indexed++;
                    }
                } else if (item.listing() == null && result.status() == 404) {
                    deleted++;
                } else if (result.status() == 409 && conflictRounds < MAX_CONFLICT_ROUNDS) {
                    again.add(item);
                } else if (Failures.transientStatus(result.status())) {
                    again.add(item);
                    retried++;
                } else {
                    rejected.add(new Rejection(item.recordNumber(), item.id(),
                            "Elasticsearch refused the listing: " + result.error().type() + ": " + result.error().reason()));
                }
            }
            return retried;
        }
    }

    private record Pending(Item item, BulkOperation operation, long bytes) {
    }

    /** The writes cut into requests of at most bulkBytes each (a larger single write goes alone). */
    private List<List<Pending>> requests(List<Pending> writes) {
        List<List<Pending>> requests = new ArrayList<>();
        List<Pending> current = new ArrayList<>();
        long size = 0;
        for (Pending write : writes) {
            if (!current.isEmpty() && size + write.bytes() > bulkBytes) {
                requests.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(write);
            size += write.bytes();
        }
        if (!current.isEmpty()) {
            requests.add(current);
        }
        return requests;
    }

    private static long bytesOf(BulkOperation operation) {
        Object document = operation.isCreate() ? operation.create().document()
                : operation.isIndex() ? operation.index().document() : null;
        return ACTION_BYTES + operationIdBytes(operation) + (document instanceof BinaryData data ? data.size() : 0);
    }

    private static long operationIdBytes(BulkOperation operation) {
        String id = operation.isCreate() ? operation.create().id() : operation.isIndex() ? operation.index().id()
                : operation.delete().id();
        return id == null ? 0 : id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** The write for an item given what is indexed now; null when nothing needs writing. */
    private BulkOperation operationFor(Item item, StoredVersion current) {
        boolean exists = current != null;
        if (item.listing() == null) {
            if (!exists) {
                return null;
            }
            return BulkOperation.of(b -> b.delete(d -> d.index(alias).id(item.id())
                    .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())));
        }
        Listing listing = item.listing();
        if (exists) {
            if (listing.contentHash() != null && listing.contentHash().equals(current.contentHash())) {
                return null;
            }
            Instant indexedUpdate = current.updatedAt();
            if (indexedUpdate != null && listing.updatedAt() != null && listing.updatedAt().isBefore(indexedUpdate)) {
                return null;
            }
        }
        BinaryData document = document(listing);
        if (!exists) {
            // A document that appeared meanwhile is a conflict to judge again, not something to overwrite.
            return BulkOperation.of(b -> b.create(c -> c.index(alias).id(item.id()).document(document)));
        }
        return BulkOperation.of(b -> b.index(i -> i.index(alias).id(item.id()).document(document)
                .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())));
    }

    /** Makes everything written so far searchable: a batch is reported done only once its listings can be found. */
    public void refresh() {
        policy.elasticsearch("Refresh of the listings", () -> {
            listings.refresh();
            return null;
        });
    }

    /** The document as sent: serialized once, so that its size is what the request carries. */
    @SuppressWarnings("unchecked")
    private BinaryData document(Listing listing) {
        Map<String, Object> document = json.convertValue(listing, Map.class);
        document.put("indexedAt", clock.instant().toString());
        try {
            return BinaryData.of(json.writeValueAsBytes(document), ContentType.APPLICATION_JSON);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, StoredVersion> fetchExisting(List<Item> items) throws IOException {
        try {
            return listings.versions(items.stream().map(Item::id).toList());
        } catch (UnreadListingException e) {
            // Unread is not absent: judging the item without its indexed version could overwrite a newer one.
            throw new HttpStatusException(UNAVAILABLE_TYPES.contains(e.type()) ? 503 : 400, e.getMessage());
        }
    }

    /** Per-document read failures that pass (a shard or node away, overload); any other is permanent. */
    private static final java.util.Set<String> UNAVAILABLE_TYPES = java.util.Set.of("no_shard_available_action_exception",
            "unavailable_shards_exception", "node_closed_exception", "es_rejected_execution_exception",
            "circuit_breaking_exception", "node_not_connected_exception");
}
