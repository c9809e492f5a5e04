package org.loungehub.alert;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loungehub.index.IndexCatalog;
import org.springframework.stereotype.Component;

/** Recording notifications (once per demand and listing) and their delivery state. */
@Component("notifications")
public class Notifications {

    private final ElasticsearchClient client;
    private final String index;
    private final Clock clock;

    Notifications(ElasticsearchClient client, IndexCatalog catalog, Clock clock) {
        this.client = client;
        this.index = catalog.get("notifications").alias();
        this.clock = clock;
    }

    /** The new notification, or empty when this listing already notified this demand. */
    Optional<Notification> record(SavedDemand demand, String listingId, String title, double score, List<String> concepts) {
        String id = Notification.idOf(demand.id(), listingId);
        Notification.Delivery delivery = new Notification.Delivery(demand.webhookUrl() == null ? "none" : "pending", 0, null, null);
        Notification notification = new Notification(id, demand.id(), listingId, title, score, concepts, clock.instant(), delivery);
        try {
            client.create(c -> c.index(index).id(id).document(notification).refresh(Refresh.WaitFor));
            return Optional.of(notification);
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            // The client may report a create conflict as a transport error carrying the HTTP status.
            if (conflict(e)) {
                return Optional.empty();
            }
            throw new UncheckedIOException(e);
        }
    }

    private static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransportException transport && transport.statusCode() == 409) {
                return true;
            }
            if (t instanceof org.elasticsearch.client.ResponseException response
                    && response.getResponse().getStatusLine().getStatusCode() == 409) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes the notifications of these listings (an erased person's): their title names the person. What a
     * webhook already delivered is in the receiver's systems.
     *
     * @return how many were removed
     */
    public int forgetListings(Collection<String> listingIds) {
        if (listingIds.isEmpty()) {
            return 0;
        }
        try {
            List<FieldValue> ids = listingIds.stream().map(FieldValue::of).toList();
            List<String> found = client.search(s -> s.index(index).size(10_000).source(src -> src.fetch(false))
                    .query(q -> q.terms(t -> t.field("listingId").terms(v -> v.value(ids)))), Map.class)
                    .hits().hits().stream().map(Hit::id).toList();
            if (found.isEmpty()) {
                return 0;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
            found.forEach(id -> bulk.operations(op -> op.delete(d -> d.index(index).id(id))));
            client.bulk(bulk.build());
            return found.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delivered(Notification notification, int attempts) {
        update(notification, new Notification.Delivery("delivered", attempts, null, clock.instant()));
    }

    void failed(Notification notification, int attempts, String error) {
        update(notification, new Notification.Delivery("failed", attempts, error, null));
    }

    private void update(Notification notification, Notification.Delivery delivery) {
        try {
            client.update(u -> u.index(index).id(notification.id()).doc(Map.of("delivery", delivery)).refresh(Refresh.WaitFor), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
