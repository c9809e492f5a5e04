package org.loungehub.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Level;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Moves an alias to a fresh index built from the current template without downtime: copy, switch the alias
 * atomically, copy again what was written to the old index meanwhile, then remove from the new index what was deleted
 * from the old one meanwhile (a partner's deletion, an erasure: the copy had already taken it). Versions are copied as
 * external versions, so the second pass never overwrites a newer document with an older one; the last pass removes
 * only documents the copy wrote, never one written to the new index after the switch.
 */
@Component
public class Reindexer {

    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

    private final ElasticsearchClient client;
    private final IndexCatalog catalog;
    private final IndexManager manager;
    private static final Time SCROLL_KEEP_ALIVE = Time.of(t -> t.time("2m"));

    /** One reindex per index at a time. */
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final int batchSize = 1000;
    private final Steps steps;

    /** Called between the steps of a reindex (tests write to the indices there, as the hub may meanwhile). */
    interface Steps {
        Steps NONE = new Steps() {
        };

        /** The first copy is done; the alias still points at the old index. */
        default void copied(String source, String target) throws IOException {
        }

        /** The alias points at the new index; the old one is still there. */
        default void switched(String source, String target) throws IOException {
        }
    }

    @Autowired
    Reindexer(ElasticsearchClient client, IndexCatalog catalog, IndexManager manager) {
        this(client, catalog, manager, Steps.NONE);
    }

    Reindexer(ElasticsearchClient client, IndexCatalog catalog, IndexManager manager, Steps steps) {
        this.client = client;
        this.catalog = catalog;
        this.manager = manager;
        this.steps = steps;
    }

    /** Reindexes the named index into its next generation; one run per index at a time. */
    public ReindexReport reindex(String name) {
        IndexDefinition definition = catalog.get(name);
        synchronized (locks.computeIfAbsent(definition.alias(), alias -> new Object())) {
            try {
                return run(definition);
            } catch (IOException e) {
                throw new UncheckedIOException("Reindex of " + definition.alias() + " failed", e);
            }
        }
    }

    private ReindexReport run(IndexDefinition definition) throws IOException {
        Instant started = Instant.now();
        manager.putTemplate(definition);
        List<String> current = manager.indicesBehind(definition.alias());
        if (current.isEmpty()) {
            manager.apply(definition);
            return new ReindexReport(definition.name(), null, definition.concrete(1), 0, 0, 0, started, Instant.now());
        }
        String source = current.get(current.size() - 1);
        int generation = current.stream().mapToInt(definition::generationOf).max().orElse(0) + 1;
        String target = definition.concrete(generation);
        log.info("Reindexing {}: {} -> {}", definition.alias(), source, target);
        manager.createIndex(definition, target, false);

        long copied = copy(source, target, false);
        steps.copied(source, target);
        // Until the switch only this copy writes to the new index: what it holds up to here is the copy's.
        Map<Integer, Long> copiedUpTo = maxSeqNoPerShard(target);
        client.indices().updateAliases(u -> {
            u.actions(a -> a.remove(r -> r.index(source).alias(definition.alias())))
                    .actions(a -> a.add(ad -> ad.index(target).alias(definition.alias()).isWriteIndex(true)));
            if (definition.currentFilter() != null) {
                u.actions(a -> a.remove(r -> r.index(source).alias(definition.currentAlias()).mustExist(false)))
                        .actions(a -> a.add(ad -> ad.index(target).alias(definition.currentAlias())
                                .filter(IndexManager.currentFilter(definition))));
            }
            return u;
        });
        steps.switched(source, target);
        long caughtUp = copy(source, target, true);
        long removed = removeDeletedMeanwhile(source, target, copiedUpTo);
        client.indices().delete(d -> d.index(source));
        log.info("Reindexed {}: {} documents copied to {}, {} caught up after the switch, {} deleted meanwhile removed; "
                + "{} deleted", definition.alias(), copied, target, caughtUp, removed, source);
        return new ReindexReport(definition.name(), source, target, copied, caughtUp, removed, started, Instant.now());
    }

    /** Each shard's highest sequence number now (-1: nothing written to it yet). */
    private Map<Integer, Long> maxSeqNoPerShard(String index) throws IOException {
        Map<Integer, Long> max = new HashMap<>();
        client.indices().stats(s -> s.index(index).level(Level.Shards)).indices().get(index).shards()
                .forEach((shard, copies) -> copies.stream().filter(c -> c.routing() != null && c.routing().primary())
                        .forEach(c -> max.put(Integer.valueOf(shard), c.seqNo().maxSeqNo())));
        return max;
    }

    /**
     * Removes from the target the documents that the first copy wrote (sequence number up to the shard's figure taken
     * before the switch) and that are gone from the source now: deleted through the alias while the copy ran. A
     * document written to the target since, or rewritten meanwhile, is kept (conditional delete).
     */
    private long removeDeletedMeanwhile(String source, String target, Map<Integer, Long> copiedUpTo) throws IOException {
        long removed = 0;
        for (Map.Entry<Integer, Long> shard : copiedUpTo.entrySet()) {
            removed += scroll(s -> s.index(target).preference("_shards:" + shard.getKey()).seqNoPrimaryTerm(true)
                    .source(src -> src.fetch(false)), Void.class, hits -> removeMissing(source, target, hits.stream()
                    .filter(hit -> hit.seqNo() != null && hit.seqNo() <= shard.getValue()).toList()));
        }
        if (removed > 0) {
            client.indices().refresh(r -> r.index(target));
        }
        return removed;
    }

    /** Deletes from the target those of these copies the source no longer has, if still at the version seen. */
    private long removeMissing(String source, String target, List<Hit<Void>> copies) throws IOException {
        if (copies.isEmpty()) {
            return 0;
        }
        List<String> ids = copies.stream().map(Hit::id).toList();
        Set<String> stillThere = new HashSet<>();
        client.mget(m -> m.index(source).ids(ids).source(src -> src.fetch(false)), Void.class).docs().forEach(doc -> {
            if (doc.isResult() && doc.result().found()) {
                stillThere.add(doc.result().id());
            }
        });
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        int deletes = 0;
        for (Hit<Void> copy : copies) {
            if (!stillThere.contains(copy.id())) {
                bulk.operations(op -> op.delete(d -> d.index(target).id(copy.id())
                        .ifSeqNo(copy.seqNo()).ifPrimaryTerm(copy.primaryTerm())));
                deletes++;
            }
        }
        if (deletes == 0) {
            return 0;
        }
        long removed = 0;
        for (BulkResponseItem item : client.bulk(bulk.build()).items()) {
            if (item.error() == null) {
                removed++;
            } else if (item.status() != 409 && item.status() != 404) { // rewritten or deleted meanwhile: keep it so
                throw new IllegalStateException("Reindex into " + target + " could not remove document " + item.id()
                        + ", deleted from " + source + " meanwhile: " + item.error().reason());
            }
        }
        return removed;
    }

    /**
     * Copies every document with its version as an external version. The node has no reindex module, so the
     * copy is a scroll over the source and bulk writes into the target. With onlyNewer, documents the target
     * already holds at the same or a newer version are skipped (version conflicts are the expected outcome).
     */
    private long copy(String source, String target, boolean onlyNewer) throws IOException {
        // A scroll sees what was refreshed: without this, the catch-up would miss the last second's writes.
        client.indices().refresh(r -> r.index(source));
        long total = manager.count(source);
        long[] seen = {0};
        long written = scroll(s -> s.index(source).version(true), JsonData.class, hits -> {
            long done = write(target, hits, onlyNewer);
            seen[0] += hits.size();
            log.info("Reindex {} -> {}: {} of {} documents{}", source, target, seen[0], total, onlyNewer ? " (catch-up)" : "");
            return done;
        });
        client.indices().refresh(r -> r.index(target));
        return written;
    }

    /** Work on one page of a scroll; returns how many documents it wrote or removed. */
    private interface PageWork<T> {
        long on(List<Hit<T>> hits) throws IOException;
    }

    /** Scrolls over every hit of the search, in index order, one page of batchSize at a time; sums the pages' counts. */
    private <T> long scroll(UnaryOperator<SearchRequest.Builder> search, Class<T> type,
                            PageWork<T> work) throws IOException {
        long total = 0;
        ResponseBody<T> page = client.search(s -> search.apply(s).size(batchSize).sort(so -> so.doc(d -> d))
                .scroll(SCROLL_KEEP_ALIVE), type);
        String scrollId = page.scrollId();
        try {
            while (!page.hits().hits().isEmpty()) {
                total += work.on(page.hits().hits());
                String id = scrollId;
                page = client.scroll(r -> r.scrollId(id).scroll(SCROLL_KEEP_ALIVE), type);
                scrollId = page.scrollId();
            }
        } finally {
            String id = scrollId;
            if (id != null) {
                client.clearScroll(c -> c.scrollId(id));
            }
        }
        return total;
    }

    private long write(String target, List<Hit<JsonData>> hits, boolean onlyNewer) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Hit<JsonData> hit : hits) {
            long version = hit.version() == null ? 1 : hit.version();
            bulk.operations(op -> op.index(i -> i.index(target).id(hit.id()).document(hit.source())
                    .version(version).versionType(VersionType.External)));
        }
        BulkResponse response = client.bulk(bulk.build());
        long written = 0;
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                written++;
            } else if (!(onlyNewer && "version_conflict_engine_exception".equals(item.error().type()))) {
                throw new IllegalStateException("Reindex into " + target + " failed for document " + item.id() + ": " + item.error().reason());
            }
        }
        return written;
    }

    /**
     * What a reindex did.
     *
     * @param copied documents copied before the switch
     * @param caughtUp documents written to the old index during that copy, copied again after the switch
     * @param removed documents deleted from the old index during that copy, removed from the new one
     */
    public record ReindexReport(String index, String from, String to, long copied, long caughtUp, long removed,
                                Instant startedAt, Instant finishedAt) {
    }
}
