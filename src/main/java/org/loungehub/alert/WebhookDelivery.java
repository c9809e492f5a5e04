package org.loungehub.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.loungehub.failure.FailurePolicy;
import org.loungehub.failure.HttpStatusException;
import org.loungehub.failure.PermanentFailureException;
import org.loungehub.failure.TransientFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Posts a notification to its saved demand's webhook under the one failure policy (failure.FailurePolicy: no
 * connection, timeouts, 429 and 5xx are retried with backoff, up to hub.alerts.webhook-attempts; another answer or
 * an address refused is final), then records the outcome on the notification. Runs off the matching path (seda queue). The
 * address is checked again before every attempt (WebhookAddresses): a name may point elsewhere than when the demand
 * was saved. The payload is the notification (listing id, title, score, shared concepts) and the listing's API path:
 * nothing personal, whoever owns the demand.
 */
@Component("webhookDelivery")
public class WebhookDelivery {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final SavedDemands demands;
    private final Notifications notifications;
    private final ObjectMapper json;
    private final AlertProperties properties;
    private final WebhookAddresses addresses;
    private final FailurePolicy policy;

    WebhookDelivery(SavedDemands demands, Notifications notifications, ObjectMapper json, AlertProperties properties,
                    WebhookAddresses addresses, FailurePolicy policy) {
        this.policy = policy;
        this.demands = demands;
        this.notifications = notifications;
        this.json = json;
        this.properties = properties;
        this.addresses = addresses;
    }

    public void deliver(Notification notification) throws InterruptedException {
        SavedDemand demand = demands.find(notification.savedDemandId()).orElse(null);
        if (demand == null) {
            return;  // deleted meanwhile: nobody to tell
        }
        if (demand.webhookUrl() == null) {
            return;
        }
        AtomicInteger attempts = new AtomicInteger();
        try {
            policy.external("Webhook of saved demand " + demand.id(), properties.webhookAttempts(), () -> {
                attempts.incrementAndGet();
                URI target = addresses.check(demand.webhookUrl());
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(target)
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .header("X-Lounge-Hub-Event", "match")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(payload(demand, notification))))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 != 2) {
                    throw new HttpStatusException(response.statusCode(), "answered HTTP " + response.statusCode());
                }
                return response;
            });
            notifications.delivered(notification, attempts.get());
        } catch (TransientFailureException | PermanentFailureException e) {
            String error = describe(e.getCause());
            log.warn("Webhook of saved demand {} failed after {} attempts: {}", demand.id(), attempts.get(), error);
            notifications.failed(notification, attempts.get(), error);
        }
    }

    private static String describe(Throwable failure) {
        if (failure instanceof HttpStatusException e) {
            return e.getMessage();
        }
        if (failure instanceof IllegalArgumentException e) {
            return "not delivered: " + e.getMessage();
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    private static Map<String, Object> payload(SavedDemand demand, Notification notification) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", "match");
        payload.put("savedDemand", Map.of("id", demand.id(), "name", demand.name() == null ? "" : demand.name()));
        payload.put("notification", notification);
        payload.put("listing", "/api/v1/listings/" + java.net.URLEncoder.encode(notification.listingId(), java.nio.charset.StandardCharsets.UTF_8));
        return payload;
    }
}
