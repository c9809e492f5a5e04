package org.loungehub.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.loungehub.support.EsTestClient;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.Listings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Listings pushed through the real API gain their vectors from the backfill route, and from the cache when unchanged. */
@HubIntegrationTest
class EmbeddingIT {

    private static final Duration VECTOR_WAIT = Duration.ofSeconds(120);

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();
    private final ElasticsearchClient es = EsTestClient.create();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String listing(String externalId, String country, String title, String description, String keywords) throws Exception {
        return json.writeValueAsString(Map.of("externalId", externalId + "-" + run, "kind", "technology", "side", "supply",
                "country", country, "title", title, "description", description, "keywords", keywords)) + "\n";
    }

    private void pushAndWait(String ndjson) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Content-Type", "application/x-ndjson");
        // lounge-desk takes canonical records; http-test is left to HttpPullIT, which counts that partner's batches.
        ResponseEntity<String> accepted = rest.exchange("/api/v1/partners/lounge-desk/listings", HttpMethod.POST,
                new HttpEntity<>(ndjson.getBytes(StandardCharsets.UTF_8), headers), String.class);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        String batchId = json.readTree(accepted.getBody()).path("batchId").asText();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = json.readTree(rest.getForObject("/api/v1/batches/" + batchId, String.class));
            if (status.path("status").asText().equals("done")) {
                assertThat(status.at("/counts/rejected").asLong()).as(status.toString()).isZero();
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + batchId + " did not finish");
    }

    private Map<?, ?> awaitVector(String externalId, String country) throws Exception {
        return Listings.await(es, "lounge-desk:" + externalId + "-" + run,
                doc -> doc.get("embedding") instanceof List<?> && country.equals(doc.get("country")),
                "given a vector (country " + country + ")", VECTOR_WAIT);
    }

    private JsonNode status() throws Exception {
        ResponseEntity<String> response = rest.getForEntity("/api/v1/admin/embeddings", String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private static double[] vector(Map<?, ?> doc) {
        return ((List<?>) doc.get("embedding")).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void pushedListingsGainVectorsCloseForCloseMeaningsAndAnUnchangedTextComesFromTheCache() throws Exception {
        pushAndWait(listing("care", "IL", "智能养老健康监测设备", "面向居家老人的可穿戴健康监测手环，实时采集心率和血压并预警。", "智慧养老;可穿戴设备")
                + listing("elderly", "IL", "老年人健康监护可穿戴传感器", "为养老机构的老年人提供生命体征监护的穿戴式传感器系统。", "健康监护;传感器")
                + listing("port", "IL", "水运工程施工项目全过程管理", "针对水运工程项目建设中的管理制度、材料耗损和进度问题，采用全过程管理模式。", "项目管理;水运工程"));

        Map<?, ?> care = awaitVector("care", "IL");
        Map<?, ?> elderly = awaitVector("elderly", "IL");
        Map<?, ?> port = awaitVector("port", "IL");

        assertThat(vector(care)).hasSize(512);
        assertThat((String) care.get("embeddingHash")).matches("[0-9a-f]{64}");
        assertThat(care.containsKey("embeddingEn") || care.containsKey("embeddingEnHash")).as("a Chinese listing has no English-model vector").isFalse();
        double close = cosine(vector(care), vector(elderly));
        double unrelated = cosine(vector(care), vector(port));
        assertThat(close).as("elderly-care pair %.3f vs unrelated pair %.3f", close, unrelated).isGreaterThan(unrelated + 0.05);

        // The partner changes the country only: the listing is rewritten (without its vector) and gets the same
        // vector back from the cache, without the model computing anything.
        JsonNode before = status();
        pushAndWait(listing("care", "CN", "智能养老健康监测设备", "面向居家老人的可穿戴健康监测手环，实时采集心率和血压并预警。", "智慧养老;可穿戴设备"));
        Map<?, ?> moved = awaitVector("care", "CN");

        assertThat(moved.get("embeddingHash")).isEqualTo(care.get("embeddingHash"));
        assertThat(vector(moved)).containsExactly(vector(care));
        // The counters follow the write that made the vector visible by at most a refresh.
        JsonNode after = status();
        for (Instant deadline = Instant.now().plusSeconds(10);
             after.path("cacheHits").asLong() == before.path("cacheHits").asLong() && Instant.now().isBefore(deadline); ) {
            Thread.sleep(200);
            after = status();
        }
        // (modelTexts is not compared: match queries of other tests in this shared hub use the model meanwhile.)
        assertThat(after.path("cacheHits").asLong()).isGreaterThan(before.path("cacheHits").asLong());
    }

    @Test
    void anEnglishListingAlsoGainsAnEnglishModelVector() throws Exception {
        // (A topic no other test searches for: this hub is shared, and MatchIT counts what it finds.)
        pushAndWait(listing("irrigation", "IL", "Drip irrigation controller for greenhouse vegetables",
                "Soil-moisture sensors drive the valves of each greenhouse row.", "drip irrigation;greenhouse"));

        Map<?, ?> irrigation = Listings.await(es, "lounge-desk:irrigation-" + run,
                doc -> doc.get("embedding") instanceof List<?> && doc.get("embeddingEn") instanceof List<?>,
                "given both vectors", VECTOR_WAIT);

        assertThat(vector(irrigation)).hasSize(512);
        assertThat((List<?>) irrigation.get("embeddingEn")).hasSize(384);
        assertThat((String) irrigation.get("embeddingEnHash")).matches("[0-9a-f]{64}").isNotEqualTo(irrigation.get("embeddingHash"));
    }

    @Test
    void aListingWithNoTextAModelCanReadIsMarkedAndGainsItsVectorsWhenItsTextChanges() throws Exception {
        String id = "lounge-desk:hebrew-" + run;
        pushAndWait(json.writeValueAsString(Map.of("externalId", "hebrew-" + run, "kind", "company", "side", "supply",
                "country", "IL", "title", "מערכות השקיה חכמות")) + "\n");

        // Only Hebrew, which neither model has words for: no vector, and no longer waiting for one.
        Map<?, ?> marked = Listings.await(es, id, doc -> doc.get("embeddingHash") != null, "marked", VECTOR_WAIT);
        assertThat(marked.get("embeddingHash")).isEqualTo(VectorSpace.NOTHING_TO_EMBED);
        assertThat(marked.get("embeddingEnHash")).isEqualTo(VectorSpace.NOTHING_TO_EMBED);
        assertThat(marked.containsKey("embedding") || marked.containsKey("embeddingEn")).as("a vector field").isFalse();

        pushAndWait(json.writeValueAsString(Map.of("externalId", "hebrew-" + run, "kind", "company", "side", "supply",
                "country", "IL", "title", "מערכות השקיה חכמות", "description", "Smart drip irrigation for orchards")) + "\n");
        Map<?, ?> embedded = Listings.await(es, id, doc -> doc.get("embedding") instanceof List<?>
                && doc.get("embeddingEn") instanceof List<?>, "given both vectors", VECTOR_WAIT);
        assertThat((String) embedded.get("embeddingHash")).matches("[0-9a-f]{64}");
    }

    @Test
    void staffSeeTheModelsAndTheBackfillsCountsAndPrometheusHasThem() throws Exception {
        JsonNode status = status();

        assertThat(status.path("models").findValuesAsText("model")).containsExactly("bge-small-zh-v1.5-q", "all-minilm-l6-v2-q");
        assertThat(status.path("models").findValues("dimensions")).extracting(JsonNode::asInt).containsExactly(512, 384);
        assertThat(status.path("enabled").asBoolean()).isTrue();
        assertThat(status.has("pending")).isTrue();
        assertThat(status.has("cacheHits")).isTrue();
        assertThat(status.has("cacheMisses")).isTrue();
        assertThat(status.has("textsPerSecond")).isTrue();
        assertThat(status.has("lastError")).isTrue();
        assertThat(rest.getForObject("/actuator/prometheus", String.class))
                .contains("hub_embedding_cache_hits_total").contains("hub_embedding_model_texts_total").contains("hub_embedding_pending");
    }
}
