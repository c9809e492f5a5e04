package org.loungehub.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.Pushes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A saved demand is notified, by API and webhook, when a new listing matches it — and only then. */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertIT {

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer webhook;

    @BeforeAll
    void startWebhook() throws Exception {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
    }

    /** Saved demands left behind would keep the shared test hub matching every new listing of later tests. */
    @AfterAll
    void cleanUp() throws Exception {
        webhook.stop(0);
        for (JsonNode demand : json.readTree(rest.getForObject("/api/v1/saved-demands", String.class))) {
            rest.delete("/api/v1/saved-demands/{id}", demand.path("id").asText());
        }
    }

    private ResponseEntity<String> create(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.postForEntity("/api/v1/saved-demands", new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode awaitNotifications(String id, Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = json.readTree(rest.getForObject("/api/v1/saved-demands/{id}/notifications", String.class, id));
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("notifications not as expected in time: " + last);
    }

    @Test
    void aNewMatchingListingNotifiesBySavedDemandAndWebhook() throws Exception {
        String url = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook";
        ResponseEntity<String> created = create("""
                {"name": "desalination scout", "text": "海水淡化 反渗透膜", "side": "supply", "kinds": ["technology"],
                 "threshold": 0.5, "webhookUrl": "%s"}""".formatted(url));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String id = json.readTree(created.getBody()).path("id").asText();

        Pushes.pushAndWait(rest, "lounge-desk", "application/json", """
                [{"externalId": "alert-1", "kind": "technology", "side": "supply", "country": "IL",
                  "title": "Seawater desalination with graphene reverse osmosis membranes",
                  "description": "Low-energy reverse osmosis membranes for seawater desalination plants."},
                 {"externalId": "alert-2", "kind": "technology", "side": "supply", "country": "IL",
                  "title": "Payroll software for restaurants", "description": "Shift scheduling and payroll."}]""");

        // Technologies only: listings of the test before, still waiting for their vectors, are new to this demand too.
        JsonNode notifications = awaitNotifications(id, n -> n.size() > 0 && n.get(0).path("delivery").path("status").asText().equals("delivered"));
        assertThat(notifications).hasSize(1);
        JsonNode notification = notifications.get(0);
        assertThat(notification.path("listingId").asText()).isEqualTo("lounge-desk:alert-1");
        assertThat(notification.path("score").asDouble()).isGreaterThanOrEqualTo(0.5);
        assertThat(notification.path("sharedConcepts").toString()).containsIgnoringCase("desalination");
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).contains("lounge-desk:alert-1").contains("\"event\":\"match\"");

        // The same listing sent again does not notify twice.
        Pushes.pushAndWait(rest, "lounge-desk", "application/json", """
                [{"externalId": "alert-1", "kind": "technology", "side": "supply", "country": "IL",
                  "title": "Seawater desalination with graphene reverse osmosis membranes",
                  "description": "Low-energy reverse osmosis membranes for seawater desalination plants, now at pilot scale."}]""");
        // A matching listing pushed after it: once that one is notified, the watcher has passed the resent one.
        Pushes.pushAndWait(rest, "lounge-desk", "application/json", """
                [{"externalId": "alert-3", "kind": "technology", "side": "supply", "country": "IL",
                  "title": "Solar-powered desalination of brackish water with reverse osmosis",
                  "description": "Reverse osmosis desalination units for villages, powered by solar panels."}]""");
        JsonNode after = awaitNotifications(id, n -> n.size() > 1);
        assertThat(after).extracting(n -> n.path("listingId").asText())
                .containsExactlyInAnyOrder("lounge-desk:alert-1", "lounge-desk:alert-3");
    }

    @Test
    void savedDemandsAreListedReadAndDeleted() throws Exception {
        String id = json.readTree(create("{\"text\": \"drip irrigation\"}").getBody()).path("id").asText();
        JsonNode demand = json.readTree(rest.getForObject("/api/v1/saved-demands/{id}", String.class, id));
        assertThat(demand.path("threshold").asDouble()).isEqualTo(0.5);
        assertThat(rest.getForObject("/api/v1/saved-demands", String.class)).contains(id);

        ResponseEntity<String> deleted = rest.exchange("/api/v1/saved-demands/{id}", HttpMethod.DELETE, null, String.class, id);
        assertThat(deleted.getStatusCode().value()).isEqualTo(204);
        assertThat(rest.getForEntity("/api/v1/saved-demands/{id}", String.class, id).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void refusesADemandItCouldNotServe() {
        assertThat(create("{\"threshold\": 0.5}").getBody()).contains("text is required");
        ResponseEntity<String> threshold = create("{\"text\": \"radar\", \"threshold\": 2}");
        assertThat(threshold.getStatusCode().value()).isEqualTo(400);
        assertThat(threshold.getBody()).contains("threshold must be above 0 and at most 1");
        ResponseEntity<String> hook = create("{\"text\": \"radar\", \"webhookUrl\": \"ftp://example.org/x\"}");
        assertThat(hook.getStatusCode().value()).isEqualTo(400);
        assertThat(hook.getBody()).contains("webhookUrl must be an absolute http(s) URL");
    }
}
