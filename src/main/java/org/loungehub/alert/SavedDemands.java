package org.loungehub.alert;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.loungehub.api.PathParams;
import org.loungehub.index.IndexCatalog;
import org.loungehub.listing.Kind;
import org.loungehub.listing.Side;
import org.springframework.stereotype.Component;

/** Saved demands and their notifications, kept in Elasticsearch beside the listings. */
@Component("savedDemands")
public class SavedDemands {

    static final double DEFAULT_THRESHOLD = 0.5;
    private static final int MAX_LISTED = 1000;

    private final ElasticsearchClient client;
    private final String demands;
    private final String notifications;
    private final Clock clock;

    SavedDemands(ElasticsearchClient client, IndexCatalog catalog, Clock clock) {
        this.client = client;
        this.demands = catalog.get("saved-demands").alias();
        this.notifications = catalog.get("notifications").alias();
        this.clock = clock;
    }

    public SavedDemand create(SavedDemandRequest request) {
        SavedDemand demand = validated(request);
        try {
            client.index(i -> i.index(demands).id(demand.id()).document(demand).refresh(Refresh.WaitFor));
            return demand;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<SavedDemand> list() {
        try {
            return client.search(s -> s.index(demands).size(MAX_LISTED)
                            .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Asc))), SavedDemand.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SavedDemand get(String requestedId) {
        String id = PathParams.decode(requestedId);
        try {
            GetResponse<SavedDemand> response = client.get(g -> g.index(demands).id(id), SavedDemand.class);
            if (!response.found()) {
                throw new UnknownSavedDemandException(id);
            }
            return response.source();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String requestedId) {
        SavedDemand demand = get(requestedId);
        try {
            client.delete(d -> d.index(demands).id(demand.id()).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demand's notifications, newest first. */
    public List<Notification> notifications(String requestedId) {
        SavedDemand demand = get(requestedId);
        try {
            return client.search(s -> s.index(notifications).size(MAX_LISTED)
                            .query(q -> q.term(t -> t.field("savedDemandId").value(demand.id())))
                            .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc))), Notification.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SavedDemand validated(SavedDemandRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new IllegalArgumentException("text is required: the demand to watch for, in Chinese, English or both");
        }
        double threshold = request.threshold() == null ? DEFAULT_THRESHOLD : request.threshold();
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be above 0 and at most 1 (a match score); got " + threshold);
        }
        if (request.webhookUrl() != null && !request.webhookUrl().isBlank()) {
            checkWebhook(request.webhookUrl());
        }
        List<String> kinds = request.kinds() == null ? null : request.kinds().stream()
                .map(kind -> Kind.parse(kind).orElseThrow(() -> new IllegalArgumentException(
                        "kinds: '" + kind + "' is unknown; use company, technology, talent or capital")).value()).toList();
        String side = request.side() == null ? null : Side.parse(request.side()).orElseThrow(() ->
                new IllegalArgumentException("side: '" + request.side() + "' is unknown; use supply or demand")).value();
        String webhook = request.webhookUrl() == null || request.webhookUrl().isBlank() ? null : request.webhookUrl().trim();
        return new SavedDemand(UUID.randomUUID().toString(), request.name(), request.owner(), request.text().strip(), kinds,
                side, request.filters(), threshold, webhook, clock.instant());
    }

    private static void checkWebhook(String url) {
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("webhookUrl must be an absolute http(s) URL; got '" + url + "'");
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("webhookUrl")) {
                throw e;
            }
            throw new IllegalArgumentException("webhookUrl is not a valid URL: '" + url + "'");
        }
    }
}
