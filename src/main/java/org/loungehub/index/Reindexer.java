package org.loungehub.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves an alias to a fresh index built from the current template without downtime: copy, switch the alias
 * atomically, then copy again what was written to the old index meanwhile. Versions are copied as external
 * versions, so the second pass never overwrites a newer document with an older one.
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

    Reindexer(ElasticsearchClient client, IndexCatalog catalog, IndexManager manager) {
        this.client = client;
        this.catalog = catalog;
        this.manager = manager;
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
            return new ReindexReport(definition.name(), null, definition.concrete(1), 0, 0, started, Instant.now());
        }
        String source = current.get(current.size() - 1);
        int generation = current.stream().mapToInt(definition::generationOf).max().orElse(0) + 1;
        String target = definition.concrete(generation);
        log.info("Reindexing {}: {} -> {}", definition.alias(), source, target);
        manager.createIndex(definition, target, false);

        long copied = copy(source, target, false);
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
        long caughtUp = copy(source, target, true);
        client.indices().delete(d -> d.index(source));
        log.info("Reindexed {}: {} documents copied to {}, {} caught up after the switch; {} deleted",
                definition.alias(), copied, target, caughtUp, source);
        return new ReindexReport(definition.name(), source, target, copied, caughtUp, started, Instant.now());
    }

    /**
     * Copies every document with its version as an external version. The node has no reindex module, so the
     * copy is a scroll over the source and bulk writes into the target. With onlyNewer, documents the target
     * already holds at the same or a newer version are skipped (version conflicts are the expected outcome).
     */
    private long copy(String source, String target, boolean onlyNewer) throws IOException {
        long total = manager.count(source);
        long written = 0;
        long seen = 0;
        ResponseBody<JsonData> page = client.search(s -> s.index(source).size(batchSize).version(true)
                .sort(so -> so.doc(d -> d)).scroll(SCROLL_KEEP_ALIVE), JsonData.class);
        String scrollId = page.scrollId();
        try {
            while (!page.hits().hits().isEmpty()) {
                written += write(target, page.hits().hits(), onlyNewer);
                seen += page.hits().hits().size();
                log.info("Reindex {} -> {}: {} of {} documents{}", source, target, seen, total, onlyNewer ? " (catch-up)" : "");
                String id = scrollId;
                page = client.scroll(r -> r.scrollId(id).scroll(SCROLL_KEEP_ALIVE), JsonData.class);
                scrollId = page.scrollId();
            }
        } finally {
            String id = scrollId;
            if (id != null) {
                client.clearScroll(c -> c.scrollId(id));
            }
        }
        client.indices().refresh(r -> r.index(target));
        return written;
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

    public record ReindexReport(String index, String from, String to, long copied, long caughtUp, Instant startedAt, Instant finishedAt) {
    }
}
