package org.loungehub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.loungehub.support.EsTestClient;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.TestNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * What a partner sends or a condition of the node must never hold the intake lane: oversized requests and documents
 * (the test node accepts requests up to {@link TestNode#MAX_CONTENT_LENGTH}), ids too long for Elasticsearch,
 * duplicates in one chunk, a request the node refuses as a whole, and staff cancelling batches.
 */
@HubIntegrationTest
// Bulk requests as large as a chunk makes them, so that the node's own limit (413) is met for real.
@TestPropertySource(properties = "hub.intake.bulk-bytes=64MB")
class IntakeFailuresIT {

    private static final String PREFIX = EsTestClient.uniquePrefix("failures");

    @DynamicPropertySource
    static void ownIndices(DynamicPropertyRegistry registry) {
        registry.add("hub.elasticsearch.index-prefix", () -> PREFIX);
    }

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();
    private final ElasticsearchClient es = EsTestClient.create();

    @Test
    void aChunkLargerThanElasticsearchAcceptsIsSplitAndADocumentTooLargeAloneIsRejected() throws Exception {
        String partner = partner("oversize");
        ArrayNode records = json.createArrayNode();
        for (int i = 1; i <= 300; i++) {
            // an unknown field, kept in the listing's original record: 300 of them make a 12 MB bulk request
            records.add(record("BIG-" + i, "Radar module " + i).put("datasheet", "x".repeat(40_000)));
        }
        records.add(record("HUGE-1", "Radar module with a 9 MB datasheet").put("datasheet", "y".repeat(9 * 1024 * 1024)));

        JsonNode done = await(push(partner, records), s -> s.path("status").asText().matches("done|failed|cancelled"));

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.at("/counts/received").asLong()).isEqualTo(301);
        assertThat(done.at("/counts/indexed").asLong()).isEqualTo(300);
        assertThat(done.at("/counts/rejected").asLong()).isEqualTo(1);
        assertThat(documentsOf(partner)).isEqualTo(300);
        JsonNode deadLetters = json.readTree(rest.getForObject("/api/v1/partners/" + partner + "/dead-letters", String.class));
        assertThat(deadLetters).hasSize(1);
        assertThat(deadLetters.get(0).path("recordNumber").asLong()).isEqualTo(301);
        assertThat(deadLetters.get(0).path("reason").asText()).contains("more than Elasticsearch accepts in one request (413)");
    }

    @Test
    void anExternalIdOverElasticsearchsIdLimitInBytesIsRejectedAndTheRestIndexed() throws Exception {
        String partner = partner("longid");
        String chinese = "中".repeat(200); // 200 characters, within the 450-character limit; 600 bytes in UTF-8
        ArrayNode records = json.createArrayNode();
        records.add(record(chinese, "A listing whose id is too long"));
        records.add(record("SHORT-1", "A listing with a short id"));
        records.add(json.createObjectNode().put("externalId", chinese + "x").put("deleted", "true"));

        JsonNode done = await(push(partner, records), s -> s.path("status").asText().matches("done|failed|cancelled"));

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.at("/counts/indexed").asLong()).isEqualTo(1);
        assertThat(done.at("/counts/rejected").asLong()).isEqualTo(2);
        assertThat(done.path("errors")).hasSize(2);
        assertThat(done.path("errors").get(0).path("recordNumber").asLong()).isEqualTo(1);
        assertThat(done.path("errors").get(1).path("recordNumber").asLong()).isEqualTo(3);
        for (JsonNode error : done.path("errors")) {
            assertThat(error.path("field").asText()).isEqualTo("externalId");
            assertThat(error.path("reason").asText()).contains("512 bytes");
        }
        assertThat(documentsOf(partner)).isEqualTo(1);
    }

    @Test
    void withinAChunkTheRecordWithTheNewestUpdatedAtWinsAndOfEqualOnesTheLater() throws Exception {
        String partner = partner("dupes");
        ArrayNode records = json.createArrayNode();
        records.add(record("X", "Newer title").put("updatedAt", "2026-05-01T00:00:00Z"));
        records.add(record("X", "Older title, later in the file").put("updatedAt", "2026-01-01T00:00:00Z"));
        records.add(record("Y", "First of two equal").put("updatedAt", "2026-03-01T00:00:00Z"));
        records.add(record("Y", "Second of two equal").put("updatedAt", "2026-03-01T00:00:00Z"));

        JsonNode done = await(push(partner, records), s -> s.path("status").asText().matches("done|failed|cancelled"));

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.at("/counts/indexed").asLong()).isEqualTo(2);
        assertThat(done.at("/counts/unchanged").asLong()).isEqualTo(2);
        assertThat(listing(partner + ":X").get("title")).isEqualTo("Newer title");
        assertThat(listing(partner + ":Y").get("title")).isEqualTo("Second of two equal");
    }

    @Test
    void aBatchElasticsearchRefusesAsAWholeFailsWithItsReasonAndTheNextPartnersBatchProceeds() throws Exception {
        String blocked = partner("blocked");
        String next = partner("next");
        // A real condition on the real node: reads of the listings index are blocked, so every mget is a 403.
        es.indices().putSettings(s -> s.index(PREFIX + "listings").settings(i -> i.blocks(b -> b.read(true))));
        JsonNode failed;
        try {
            failed = await(push(blocked, json.createArrayNode().add(record("B-1", "Blocked listing"))),
                    s -> s.path("status").asText().matches("done|failed|cancelled"));
        } finally {
            es.indices().putSettings(s -> s.index(PREFIX + "listings").settings(i -> i.blocks(b -> b.read(false))));
        }
        JsonNode done = await(push(next, json.createArrayNode().add(record("N-1", "Next partner's listing"))),
                s -> s.path("status").asText().matches("done|failed|cancelled"));

        assertThat(failed.path("status").asText()).as(failed.toString()).isEqualTo("failed");
        assertThat(failed.path("message").asText()).contains("cluster_block_exception").contains(blocked + ":B-1");
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.at("/counts/indexed").asLong()).isEqualTo(1);
        assertThat(documentsOf(blocked)).isZero();
        assertThat(documentsOf(next)).isEqualTo(1);
    }

    @Test
    void staffCancelARunningBatchAfterItsChunkAndAQueuedOneBeforeItStarts() throws Exception {
        String partner = partner("cancel");
        int records = 20_000;
        ArrayNode many = json.createArrayNode();
        for (int i = 1; i <= records; i++) {
            many.add(record("C-" + i, "Water technology company " + i));
        }
        String running = push(partner, many);
        String queued = push(partner, json.createArrayNode().add(record("Q-1", "Queued listing")));
        ResponseEntity<String> cancelQueued = cancel(queued, "sent twice");
        await(running, s -> s.path("checkpoint").asLong() > 0);
        ResponseEntity<String> cancelRunning = cancel(running, "wrong file");

        JsonNode stopped = await(running, s -> s.path("status").asText().matches("done|failed|cancelled"));
        JsonNode neverStarted = await(queued, s -> s.path("status").asText().matches("done|failed|cancelled"));

        assertThat(cancelQueued.getStatusCode().value()).as(cancelQueued.getBody()).isEqualTo(202);
        assertThat(cancelRunning.getStatusCode().value()).as(cancelRunning.getBody()).isEqualTo(202);
        assertThat(stopped.path("status").asText()).as(stopped.toString()).isEqualTo("cancelled");
        assertThat(stopped.path("message").asText()).contains("admin").contains("wrong file");
        long checkpoint = stopped.path("checkpoint").asLong();
        assertThat(checkpoint).isBetween(1L, records - 1L);
        assertThat(stopped.at("/counts/indexed").asLong()).isEqualTo(checkpoint);
        assertThat(documentsOf(partner)).isEqualTo(checkpoint);
        assertThat(neverStarted.path("status").asText()).as(neverStarted.toString()).isEqualTo("cancelled");
        assertThat(neverStarted.path("message").asText()).contains("sent twice");
        assertThat(neverStarted.has("startedAt")).isFalse();
        assertThat(neverStarted.at("/counts/received").asLong()).isZero();
        assertThat(cancel(running, "again").getStatusCode().value()).isEqualTo(409);
    }

    private String partner(String name) {
        String id = "f-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> created = rest.postForEntity("/api/v1/partners",
                Map.of("id", id, "name", "Failure test partner", "format", "json",
                        "defaults", Map.of("kind", "technology", "side", "supply", "country", "IL")), String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return id;
    }

    private ObjectNode record(String externalId, String title) {
        return json.createObjectNode().put("externalId", externalId).put("title", title);
    }

    private String push(String partner, ArrayNode records) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Content-Type", "application/json");
        ResponseEntity<String> accepted = rest.exchange("/api/v1/partners/" + partner + "/listings", HttpMethod.POST,
                new HttpEntity<>(json.writeValueAsBytes(records), headers), String.class);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        return json.readTree(accepted.getBody()).path("batchId").asText();
    }

    private ResponseEntity<String> cancel(String batchId, String reason) {
        return rest.exchange("/api/v1/batches/" + batchId + "/cancel?reason=" + reason.replace(" ", "+"), HttpMethod.POST,
                HttpEntity.EMPTY, String.class);
    }

    private JsonNode await(String batchId, Predicate<JsonNode> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonNode status = json.readTree(rest.getForObject("/api/v1/batches/" + batchId, String.class));
        while (!condition.test(status)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("batch " + batchId + " did not get there; last status: " + status);
            }
            Thread.sleep(20);
            status = json.readTree(rest.getForObject("/api/v1/batches/" + batchId, String.class));
        }
        return status;
    }

    private long documentsOf(String partner) throws Exception {
        es.indices().refresh(r -> r.index(PREFIX + "listings"));
        return es.count(c -> c.index(PREFIX + "listings").query(q -> q.term(t -> t.field("partnerId").value(partner)))).count();
    }

    private Map<?, ?> listing(String id) throws Exception {
        GetResponse<Map> doc = es.get(g -> g.index(PREFIX + "listings").id(id), Map.class);
        assertThat(doc.found()).as(id).isTrue();
        return doc.source();
    }
}
