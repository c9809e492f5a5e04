package org.loungehub.alert;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.loungehub.access.Caller;
import org.loungehub.access.Callers;
import org.loungehub.access.KeyHolders;
import org.loungehub.index.IndexCatalog;
import org.loungehub.listing.Kind;
import org.loungehub.listing.Side;
import org.springframework.stereotype.Component;

/**
 * Saved demands and their notifications, kept in Elasticsearch beside the listings. A demand belongs to the caller
 * that saved it (its key, and the keys that key is rotated into): others than staff see, delete and read the
 * notifications of their own demands only; another's is "not found".
 */
@Component("savedDemands")
public class SavedDemands {

    static final double DEFAULT_THRESHOLD = 0.5;
    private static final int MAX_LISTED = 1000;

    private final ElasticsearchClient client;
    private final String demands;
    private final String notifications;
    private final Clock clock;
    private final KeyHolders holders;
    private final WebhookAddresses webhooks;

    SavedDemands(ElasticsearchClient client, IndexCatalog catalog, Clock clock, KeyHolders holders,
                 WebhookAddresses webhooks) {
        this.client = client;
        this.demands = catalog.get("saved-demands").alias();
        this.notifications = catalog.get("notifications").alias();
        this.clock = clock;
        this.holders = holders;
        this.webhooks = webhooks;
    }

    /** Saved for the caller: it is the owner, whatever the body says. */
    public SavedDemand create(SavedDemandRequest request, Caller caller) {
        SavedDemand demand = validated(request, Callers.required(caller).id());
        try {
            client.index(i -> i.index(demands).id(demand.id()).document(demand).refresh(Refresh.WaitFor));
            return demand;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Staff: every saved demand; others: their own. */
    public List<SavedDemand> list(Caller caller) {
        Callers.required(caller);
        List<FieldValue> owners = caller.isStaff() ? null : holders.idsOf(caller).stream().map(FieldValue::of).toList();
        return search(owners == null ? null : Query.of(q -> q.terms(t -> t.field("owner").terms(v -> v.value(owners)))));
    }

    /** Every saved demand, for the matching of new listings (which acts with each owner's rights). */
    List<SavedDemand> all() {
        return search(null);
    }

    private List<SavedDemand> search(Query query) {
        try {
            return client.search(s -> {
                s.index(demands).size(MAX_LISTED).sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Asc)));
                if (query != null) {
                    s.query(query);
                }
                return s;
            }, SavedDemand.class).hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caller's saved demand (staff: anyone's); another's is not found. */
    public SavedDemand get(String id, Caller caller) {
        Callers.required(caller);
        return find(id).filter(demand -> caller.isStaff() || holders.idsOf(caller).contains(demand.owner()))
                .orElseThrow(() -> new UnknownSavedDemandException(id));
    }

    /** Any saved demand by id, whoever owns it (the hub's own work: webhook delivery). */
    Optional<SavedDemand> find(String id) {
        try {
            GetResponse<SavedDemand> response = client.get(g -> g.index(demands).id(id), SavedDemand.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String requestedId, Caller caller) {
        SavedDemand demand = get(requestedId, caller);
        try {
            client.delete(d -> d.index(demands).id(demand.id()).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demand's notifications, newest first. */
    public List<Notification> notifications(String requestedId, Caller caller) {
        SavedDemand demand = get(requestedId, caller);
        try {
            return client.search(s -> s.index(notifications).size(MAX_LISTED)
                            .query(q -> q.term(t -> t.field("savedDemandId").value(demand.id())))
                            .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc))), Notification.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SavedDemand validated(SavedDemandRequest request, String owner) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new IllegalArgumentException("text is required: the demand to watch for, in Chinese, English or both");
        }
        double threshold = request.threshold() == null ? DEFAULT_THRESHOLD : request.threshold();
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be above 0 and at most 1 (a match score); got " + threshold);
        }
        if (request.webhookUrl() != null && !request.webhookUrl().isBlank()) {
            webhooks.check(request.webhookUrl());
        }
        List<String> kinds = request.kinds() == null ? null : request.kinds().stream()
                .map(kind -> Kind.parse(kind).orElseThrow(() -> new IllegalArgumentException(
                        "kinds: '" + kind + "' is unknown; use company, technology, talent or capital")).value()).toList();
        String side = request.side() == null ? null : Side.parse(request.side()).orElseThrow(() ->
                new IllegalArgumentException("side: '" + request.side() + "' is unknown; use supply or demand")).value();
        String webhook = request.webhookUrl() == null || request.webhookUrl().isBlank() ? null : request.webhookUrl().trim();
        return new SavedDemand(UUID.randomUUID().toString(), request.name(), owner, request.text().strip(), kinds,
                side, request.filters(), threshold, webhook, clock.instant());
    }
}
