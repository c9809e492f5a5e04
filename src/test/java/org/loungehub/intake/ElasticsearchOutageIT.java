package org.loungehub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.loungehub.support.EsTestClient;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.TcpProxy;
import org.loungehub.support.TestNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Elasticsearch goes away and comes back while the hub takes feeds in. The hub reaches the real test node through
 * a proxy that the tests cut: pushes are still accepted and kept, health shows Elasticsearch down, batches wait
 * without failing and finish once it is back, every record indexed.
 */
@HubIntegrationTest
@TestPropertySource(properties = {"hub.intake.max-backoff=400ms", "hub.intake.chunk-size=100",
        "hub.failures.attempts=4", "hub.failures.degraded-after=1s"})
// This context's Elasticsearch is a proxy that the class closes; no other test may get it from the cache.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ElasticsearchOutageIT {

    private static final String PREFIX = EsTestClient.uniquePrefix("outage");
    private static TcpProxy proxy;

    @DynamicPropertySource
    static void elasticsearchThroughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("hub.elasticsearch.url", () -> proxy().url());
        registry.add("hub.elasticsearch.index-prefix", () -> PREFIX);
    }

    /** Started on first use, once the test node is up (its URL is known only then). */
    private static synchronized TcpProxy proxy() {
        if (proxy == null) {
            proxy = TcpProxy.to(TestNode.url());
        }
        return proxy;
    }

    @AfterAll
    static void closeProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Inbox inbox;
    @Autowired
    IntakeLane lane;

    private final ObjectMapper json = new ObjectMapper();
    private final ElasticsearchClient es = EsTestClient.create();

    @AfterEach
    void restore() {
        proxy().restore();
    }

    @Test
    @Order(1) // first: a fresh hub that has not read anything from Elasticsearch since its start
    void aBatchPushedWhileElasticsearchIsDownIsKeptAndIndexedOnceItIsBack() throws Exception {
        proxy().cut();

        ResponseEntity<String> accepted = push("drop-test", "text/csv", csv("DOWN-", 300));
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        String batchId = json.readTree(accepted.getBody()).path("batchId").asText();
        assertThat(inbox.status(batchId)).as("kept in the inbox").isPresent();

        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        JsonNode down = json.readTree(health.getBody());
        assertThat(health.getStatusCode().value()).isEqualTo(503);
        assertThat(down.path("status").asText()).isEqualTo("DOWN");
        assertThat(down.at("/components/elasticsearch/status").asText()).isEqualTo("DOWN");
        assertThat(down.at("/components/camelHealth/status").asText()).isEqualTo("UP");

        awaitRetries(3);
        JsonNode waiting = status(batchId);
        assertThat(waiting.path("status").asText()).as(waiting.toString()).isEqualTo(BatchStatus.PROCESSING);
        assertThat(waiting.path("checkpoint").asLong()).isZero();

        proxy().restore();
        JsonNode done = await(batchId, s -> s.path("status").asText().matches("done|failed"));

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo(BatchStatus.DONE);
        assertThat(done.at("/counts/indexed").asLong()).isEqualTo(300);
        assertThat(documentsOf("drop-test")).isEqualTo(300);
        ResponseEntity<String> healthAgain = rest.getForEntity("/actuator/health", String.class);
        assertThat(healthAgain.getStatusCode().value()).as(healthAgain.getBody()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void anOutageInTheMiddleOfABatchHoldsItAtItsCheckpointAndItFinishesOnceElasticsearchIsBack() throws Exception {
        int records = 3000;
        ResponseEntity<String> accepted = push("http-test", "application/x-ndjson", ndjson("MID-", records));
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        String batchId = json.readTree(accepted.getBody()).path("batchId").asText();
        await(batchId, s -> s.path("checkpoint").asLong() > 0);

        proxy().cut();
        awaitRetries(2);
        JsonNode held = status(batchId);
        awaitRetries(3);
        JsonNode stillHeld = status(batchId);

        assertThat(held.path("status").asText()).as(held.toString()).isEqualTo(BatchStatus.PROCESSING);
        assertThat(held.path("checkpoint").asLong()).as("cut in the middle of the batch").isBetween(1L, records - 1L);
        assertThat(stillHeld.path("status").asText()).isEqualTo(BatchStatus.PROCESSING);
        assertThat(stillHeld.path("checkpoint").asLong()).as("no progress while down").isEqualTo(held.path("checkpoint").asLong());

        proxy().restore();
        JsonNode done = await(batchId, s -> s.path("status").asText().matches("done|failed"));

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo(BatchStatus.DONE);
        assertThat(done.at("/counts/received").asLong()).isEqualTo(records);
        assertThat(done.at("/counts/rejected").asLong()).isZero();
        // A write that reached Elasticsearch just before the cut is found again as unchanged, never doubled.
        assertThat(done.at("/counts/indexed").asLong() + done.at("/counts/unchanged").asLong()).isEqualTo(records);
        assertThat(documentsOf("http-test")).isEqualTo(records);
    }

    @Test
    @Order(3)
    void aBatchThatOutlastsItsRetriesFreesTheLaneShowsHealthDegradedAndFinishesOnceElasticsearchIsBack() throws Exception {
        proxy().cut();
        ResponseEntity<String> accepted = push("drop-test", "text/csv", csv("LONG-", 200));
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        String batchId = json.readTree(accepted.getBody()).path("batchId").asText();

        JsonNode waiting = await(batchId, s -> s.path("message").asText().startsWith("Waiting for Elasticsearch"));
        boolean laneTaken = CompletableFuture.supplyAsync(() -> lane.exclusively(() -> true)).get(60, TimeUnit.SECONDS);
        JsonNode degraded = awaitHealth(h -> h.at("/components/intake/status").asText().equals("DEGRADED"));

        assertThat(waiting.path("status").asText()).as(waiting.toString()).isEqualTo(BatchStatus.PROCESSING);
        assertThat(waiting.path("checkpoint").asLong()).isZero();
        assertThat(laneTaken).as("the lane is free for erasures and other batches meanwhile").isTrue();
        assertThat(degraded.path("status").asText()).as("Elasticsearch itself is down").isEqualTo("DOWN");
        assertThat(degraded.at("/components/intake/details/batchId").asText()).isEqualTo(batchId);
        assertThat(degraded.at("/components/intake/details/partnerId").asText()).isEqualTo("drop-test");
        assertThat(degraded.at("/components/intake/details/since").asText()).isNotEmpty();
        assertThat(degraded.at("/components/intake/details/lastError").asText()).isNotEmpty();

        proxy().restore();
        JsonNode done = await(batchId, s -> s.path("status").asText().matches("done|failed"));

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo(BatchStatus.DONE);
        assertThat(done.at("/counts/indexed").asLong()).isEqualTo(200);
        assertThat(done.path("message").isMissingNode()).as(done.toString()).isTrue();
        JsonNode healthy = awaitHealth(h -> h.path("status").asText().equals("UP"));
        assertThat(healthy.at("/components/intake/status").asText()).isEqualTo("UP");
    }

    private JsonNode awaitHealth(Predicate<JsonNode> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode health = json.readTree(rest.getForEntity("/actuator/health", String.class).getBody());
        while (!condition.test(health)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("health did not get there: " + health);
            }
            Thread.sleep(20);
            health = json.readTree(rest.getForEntity("/actuator/health", String.class).getBody());
        }
        return health;
    }

    private ResponseEntity<String> push(String partner, String contentType, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Content-Type", contentType);
        return rest.exchange("/api/v1/partners/" + partner + "/listings", HttpMethod.POST,
                new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    private static String csv(String idPrefix, int records) {
        StringBuilder csv = new StringBuilder("externalId,title\n");
        for (int i = 1; i <= records; i++) {
            csv.append(idPrefix).append(i).append(",Sensor platform ").append(i).append('\n');
        }
        return csv.toString();
    }

    private static String ndjson(String idPrefix, int records) {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 1; i <= records; i++) {
            ndjson.append("{\"externalId\":\"").append(idPrefix).append(i).append("\",\"title\":\"Water technology company ")
                    .append(i).append("\"}\n");
        }
        return ndjson.toString();
    }

    /** Waits until the hub has tried Elasticsearch this many more times (nothing else calls it meanwhile). */
    private void awaitRetries(int retries) throws InterruptedException {
        int target = proxy().refusedConnections() + retries;
        awaitTrue(() -> proxy().refusedConnections() >= target, "the hub did not try Elasticsearch again");
    }

    private JsonNode status(String batchId) throws Exception {
        return json.readTree(rest.getForObject("/api/v1/batches/" + batchId, String.class));
    }

    private JsonNode await(String batchId, Predicate<JsonNode> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonNode status = status(batchId);
        while (!condition.test(status)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("batch " + batchId + " did not get there; last status: " + status);
            }
            Thread.sleep(20);
            status = status(batchId);
        }
        return status;
    }

    private static void awaitTrue(BooleanSupplier condition, String failure) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(failure);
            }
            Thread.sleep(20);
        }
    }

    private long documentsOf(String partner) throws Exception {
        es.indices().refresh(r -> r.index(PREFIX + "listings"));
        return es.count(c -> c.index(PREFIX + "listings").query(q -> q.term(t -> t.field("partnerId").value(partner)))).count();
    }
}
