package org.loungehub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.loungehub.support.EsTestClient;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.TestHttpFeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A partner's HTTP export is polled with conditional GETs: it becomes a batch when it changes, and only then. */
@HubIntegrationTest
class HttpPullIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TestHttpFeed feed;

    private final ObjectMapper json = new ObjectMapper();
    private final ElasticsearchClient es = EsTestClient.create();

    @Test
    void ingestsTheFeedOnceAndAgainOnlyWhenItsEtagChanges() throws Exception {
        String first = "HTTP-" + UUID.randomUUID().toString().substring(0, 8);
        feed.publish(record(first, "מכון חדשנות"), "application/x-ndjson", "\"v1-" + first + "\"");

        assertThat(awaitListing("http-test:" + first).get("title")).isEqualTo("מכון חדשנות");
        JsonNode batches = batches();
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).path("fileName").asText()).isEqualTo("listings.ndjson");

        int unchanged = feed.notModifiedAnswers();
        await(() -> feed.notModifiedAnswers() >= unchanged + 3, "three polls answered 304 Not Modified");
        assertThat(batches()).hasSize(1);

        String second = "HTTP-" + UUID.randomUUID().toString().substring(0, 8);
        feed.publish(record(first, "מכון חדשנות") + record(second, "Second company"), "application/x-ndjson",
                "\"v2-" + second + "\"");

        assertThat(awaitListing("http-test:" + second).get("title")).isEqualTo("Second company");
        assertThat(batches()).hasSize(2);
    }

    private static String record(String id, String title) {
        return "{\"externalId\":\"" + id + "\",\"title\":\"" + title + "\",\"description\":\"A pulled listing\"}\n";
    }

    private JsonNode batches() throws Exception {
        return json.readTree(rest.getForObject("/api/v1/partners/http-test/batches", String.class));
    }

    private Map<?, ?> awaitListing(String id) throws Exception {
        await(() -> {
            try {
                return es.get(g -> g.index("it-listings").id(id), Map.class).found();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "listing " + id + " pulled and indexed");
        return es.get(g -> g.index("it-listings").id(id), Map.class).source();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for: " + what);
    }
}
