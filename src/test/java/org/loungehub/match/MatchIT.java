package org.loungehub.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.Pushes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Matching through the public API on the shipped demo data (Israeli Tech Map companies in English, the lounge desk's
 * Chinese demands), against the real node with real embeddings. Rankings are over the whole index, so this class has
 * indices of its own (their prefix): other classes' radar and elderly-care listings never enter its top ranks.
 */
@HubIntegrationTest
@TestPropertySource(properties = "hub.elasticsearch.index-prefix=it-match-")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchIT {

    /** Demo companies about monitoring the elderly or vital signs, or mmWave radar: what 毫米波雷达 养老 健康监测 wants. */
    private static final Set<String> ELDERLY_MONITORING = Set.of("Smart Sensum", "Owlytics Healthcare", "Binata", "Essence",
            "Biobeat", "TopSight Monitoring", "HealthWatch", "Uniper Care Technologies", "AllinPack", "Cnoga Medical",
            "Aerotel Medical Systems", "OmnySense", "Flowped", "VR STEPS");

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void loadDemoData() throws Exception {
        Pushes.pushAndWait(rest, "techmap-companies", "application/x-ndjson",
                Files.readAllBytes(Path.of("demo/techmap-companies/companies.ndjson")));
        Pushes.pushAndWait(rest, "lounge-desk", "application/json", Files.readAllBytes(Path.of("demo/lounge-desk/demands.json")));
        awaitVectors();
    }

    private void awaitVectors() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = json.readTree(rest.getForObject("/api/v1/admin/embeddings", String.class));
            if (status.path("pending").asLong(-1) == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("listings did not get their vectors in time");
    }

    private ResponseEntity<String> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.postForEntity("/api/v1/match", new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode match(String body) throws Exception {
        ResponseEntity<String> response = post(body);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private static List<String> field(JsonNode result, String name) {
        List<String> values = new ArrayList<>();
        result.path("matches").forEach(m -> values.add(m.path("listing").path(name).asText()));
        return values;
    }

    @Test
    void aChineseDemandFindsEnglishSuppliers() throws Exception {
        JsonNode result = match("""
                {"text": "毫米波雷达 养老 健康监测", "side": "supply", "filters": {"partners": ["techmap-companies"]}, "size": 5}""");

        List<String> organizations = field(result, "title");
        assertThat(organizations).as("top 5 for a Chinese demand among English listings").hasSize(5);
        assertThat(organizations.stream().filter(ELDERLY_MONITORING::contains).count()).as(organizations.toString())
                .isGreaterThanOrEqualTo(3);
        assertThat(result.path("query").path("language").asText()).isEqualTo("zh");
        assertThat(result.path("query").path("expandedWith").asText()).containsIgnoringCase("radar");
        assertThat(result.path("query").path("signals").toString()).contains("bm25").contains("vector").contains("concepts");
    }

    @Test
    void anEnglishOfferFindsTheChineseDemand() throws Exception {
        JsonNode result = match("""
                {"text": "Contactless millimeter-wave radar that detects falls and monitors breathing and heart rate of elderly residents",
                 "side": "demand", "size": 3}""");

        assertThat(field(result, "id")).contains("lounge-desk:d-001");
    }

    @Test
    void aDemandGetsExplainedSuppliesOfTheKindsThatAnswerIt() throws Exception {
        ResponseEntity<String> response = rest.getForEntity("/api/v1/listings/{id}/matches?size=10", String.class, "lounge-desk:d-001");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode result = json.readTree(response.getBody());

        assertThat(result.path("matches").size()).isGreaterThan(0);
        assertThat(field(result, "side")).containsOnly("supply");
        assertThat(field(result, "kind")).allMatch(kind -> kind.equals("technology") || kind.equals("company"));
        assertThat(field(result, "id")).doesNotContain("lounge-desk:d-001");
        assertThat(field(result, "title").stream().limit(5).filter(ELDERLY_MONITORING::contains).count())
                .as(field(result, "title").toString()).isGreaterThanOrEqualTo(2);

        JsonNode first = result.path("matches").get(0);
        JsonNode explanation = first.path("explanation");
        double sum = explanation.path("crossBorder").asDouble();
        for (JsonNode signal : explanation.path("signals")) {
            sum += signal.path("contribution").asDouble();
        }
        assertThat(sum).as("contributions add up to the score").isCloseTo(first.path("score").asDouble(), org.assertj.core.data.Offset.offset(0.001));
        assertThat(explanation.path("crossBorder").asDouble()).as("a CN demand, an IL supply").isPositive();
        JsonNode concepts = explanation.path("sharedConcepts");
        assertThat(concepts.size()).isGreaterThan(0);
        assertThat(concepts.get(0).path("zh").asText()).isNotBlank();
        assertThat(concepts.get(0).path("en").asText()).isNotBlank();
    }

    @Test
    void explanationsShowTheWordsThatMatched() throws Exception {
        JsonNode result = match("""
                {"text": "fall detection for seniors", "filters": {"partners": ["techmap-companies"]}, "size": 3}""");

        JsonNode first = result.path("matches").get(0);
        assertThat(first.path("listing").path("title").asText()).isEqualTo("Owlytics Healthcare");
        assertThat(first.path("explanation").path("matchedTerms").toString().toLowerCase()).contains("fall").contains("detection");
        assertThat(first.path("explanation").path("highlights").path("description").get(0).asText()).contains("<em>");
        assertThat(first.path("listing").has("embedding")).isFalse();
    }

    @Test
    void oneSignalAloneCanBeAskedFor() throws Exception {
        JsonNode result = match("""
                {"text": "remote patient monitoring", "signals": ["bm25"], "size": 5, "trace": true}""");

        assertThat(result.path("query").path("signals").toString()).isEqualTo("[\"bm25\"]");
        for (JsonNode match : result.path("matches")) {
            assertThat(match.path("explanation").path("signals").size()).isEqualTo(1);
        }
        assertThat(result.path("query").path("trace").path("msearch").asText()).contains("multi_match");
    }

    @Test
    void badRequestsAreA400ThatSaysWhatToSend() {
        assertThat(post("{\"size\": 5}").getBody()).contains("text is required");
        assertThat(post("{\"text\": \"radar\", \"size\": 500}").getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> signal = post("{\"text\": \"radar\", \"signals\": [\"magic\"]}");
        assertThat(signal.getStatusCode().value()).isEqualTo(400);
        assertThat(signal.getBody()).contains("signal 'magic' is unknown");
        assertThat(post("{\"text\": \"radar\", \"kinds\": [\"robot\"]}").getStatusCode().value()).isEqualTo(400);
        assertThat(post("{not json").getStatusCode().value()).isEqualTo(400);
        assertThat(rest.getForEntity("/api/v1/listings/{id}/matches", String.class, "lounge-desk:nope").getStatusCode().value())
                .isEqualTo(404);
    }
}
