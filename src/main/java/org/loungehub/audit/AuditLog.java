package org.loungehub.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.loungehub.failure.FailurePolicy;
import org.loungehub.index.IndexCatalog;
import org.loungehub.search.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The audit trail in the {@code audit-log} index. Every entry is also written to the {@code audit} logger at once,
 * so the trail survives an Elasticsearch outage in the log files; the index write happens off the request thread,
 * retried under the one failure policy (failure.FailurePolicy) while Elasticsearch is away.
 */
@Component("auditLog")
public class AuditLog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger("audit");
    private static final int MAX_PAGE = 1000;
    private static final int MAX_QUEUED = 100_000;

    private final ElasticsearchClient client;
    private final String index;
    private final ExecutorService writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(MAX_QUEUED), r -> {
                Thread t = new Thread(r, "audit-writer");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardOldestPolicy());

    private final FailurePolicy policy;

    AuditLog(ElasticsearchClient client, IndexCatalog catalog, FailurePolicy policy) {
        this.client = client;
        this.policy = policy;
        this.index = catalog.get("audit-log").alias();
    }

    public void record(AuditEntry entry) {
        log.info("{} {} {} {} {} -> {}{}", entry.actor(), entry.role(), entry.action(), entry.path(),
                entry.target() == null ? "" : entry.target(), entry.status(), entry.detail() == null ? "" : " " + entry.detail());
        writer.execute(() -> write(entry));
    }

    private void write(AuditEntry entry) {
        try {
            policy.elasticsearch("Indexing an audit entry", () -> client.index(i -> i.index(index).document(entry)));
        } catch (RuntimeException e) {
            log.warn("Audit entry not indexed (kept in this log): {}", e.getMessage());
        }
    }

    /** Newest first; every filter optional. */
    public List<AuditEntry> search(String actor, String partnerId, String action, String since, String size) {
        Integer asked = SearchQuery.number("size", size);
        if (asked != null && (asked < 1 || asked > MAX_PAGE)) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE + " (got " + asked + ")");
        }
        int n = asked == null ? 100 : asked;
        List<Query> filters = new ArrayList<>();
        term(filters, "actor", actor);
        term(filters, "partnerId", partnerId);
        term(filters, "action", action);
        if (since != null && !since.isBlank()) {
            try {
                Instant from = Instant.parse(since.strip());
                filters.add(Query.of(q -> q.range(r -> r.untyped(u -> u.field("at").gte(JsonData.of(from.toString()))))));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'since' must be an ISO-8601 instant such as 2026-11-22T08:00:00Z, not '" + since + "'");
            }
        }
        try {
            return client.search(s -> s.index(index).size(n)
                            .query(q -> q.bool(b -> b.filter(filters)))
                            .sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc))), AuditEntry.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (a little) for queued entries to be indexed: for tests and shutdown. */
    public void flush() {
        try {
            writer.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("Audit entries still queued: {}", e.getMessage());
        }
    }

    private static void term(List<Query> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(value.strip()))));
        }
    }

    @Override
    public void destroy() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
