package org.loungehub.concept;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.loungehub.support.EsTestClient;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.Listings;
import org.loungehub.support.Pushes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Listings tagged under another version of the concept vocabulary (or before versions were recorded) are re-tagged
 * by the concept-retag route, leaving their vector, hashes and indexedAt alone; an up-to-date listing is not touched.
 */
@HubIntegrationTest
class ConceptRetagIT {

    private static final String INDEX = "it-listings";
    private static final Duration VECTOR_WAIT = Duration.ofSeconds(180);
    private static final Duration RETAG_WAIT = Duration.ofSeconds(90);

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();
    private final ElasticsearchClient es = EsTestClient.create();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String listing(String externalId, String title, String description, String keywords) throws Exception {
        return json.writeValueAsString(Map.of("externalId", externalId + "-" + run, "kind", "technology", "side", "supply",
                "country", "IL", "title", title, "description", description, "keywords", keywords)) + "\n";
    }

    private String id(String externalId) {
        return "lounge-desk:" + externalId + "-" + run;
    }

    private JsonNode status() throws Exception {
        ResponseEntity<String> response = rest.getForEntity("/api/v1/admin/concepts", String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private GetResponse<Map> get(String id) throws Exception {
        return es.get(g -> g.index(INDEX).id(id), Map.class);
    }

    @Test
    void listingsTaggedUnderAnotherVocabularyAreReTaggedWithoutTouchingTheirVectorsAndUpToDateOnesAreLeftAlone() throws Exception {
        // lounge-desk takes canonical records; http-test is left to HttpPullIT, which counts that partner's batches.
        Pushes.pushAndWait(rest, "lounge-desk", "application/x-ndjson",
                listing("outdated", "毫米波雷达养老健康监测", "面向养老院的非接触式生命体征监测雷达。", "毫米波雷达;养老")
                + listing("legacy", "Drip irrigation controller", "Precision agriculture: drip irrigation for greenhouses.", "drip irrigation")
                + listing("fresh", "Lidar for autonomous driving", "Solid-state lidar sensors for self-driving cars.", "lidar"));
        // The vectors first: re-tagging must leave them, and the backfill must have nothing left to write.
        for (String name : List.of("outdated", "legacy", "fresh")) {
            Listings.await(es, id(name), doc -> doc.get("embeddingHash") != null, "given a vector", VECTOR_WAIT);
        }
        String version = status().path("version").asText();
        GetResponse<Map> outdated = get(id("outdated"));
        GetResponse<Map> legacy = get(id("legacy"));
        GetResponse<Map> fresh = get(id("fresh"));
        assertThat(fresh.source()).containsEntry("conceptsVersion", version);
        assertThat((List<Object>) outdated.source().get("concepts")).contains("mmwave-radar", "elderly-care");

        // One listing was tagged by an older vocabulary (other concepts, another version); one was indexed before
        // versions were recorded.
        es.update(u -> u.index(INDEX).id(id("outdated")).ifSeqNo(outdated.seqNo()).ifPrimaryTerm(outdated.primaryTerm())
                .doc(Map.of("concepts", List.of("sensors"), "conceptsVersion", "0123456789abcdef")), Map.class);
        Map<String, Object> withoutVersion = new LinkedHashMap<>(legacy.source());
        withoutVersion.remove("conceptsVersion");
        es.index(i -> i.index(INDEX).id(id("legacy")).ifSeqNo(legacy.seqNo()).ifPrimaryTerm(legacy.primaryTerm())
                .document(withoutVersion));
        es.indices().refresh(r -> r.index(INDEX));

        Map<?, ?> retagged = Listings.await(es, id("outdated"), doc -> version.equals(doc.get("conceptsVersion")),
                "re-tagged", RETAG_WAIT);
        Map<?, ?> legacyRetagged = Listings.await(es, id("legacy"), doc -> version.equals(doc.get("conceptsVersion")),
                "re-tagged", RETAG_WAIT);

        assertThat(retagged.get("concepts")).as("the intake's concepts again").isEqualTo(outdated.source().get("concepts"));
        assertThat(legacyRetagged.get("concepts")).isEqualTo(legacy.source().get("concepts"));
        for (String field : List.of("embeddingHash", "embedding", "contentHash", "indexedAt", "title", "keywords")) {
            assertThat(retagged.get(field)).as(field).isEqualTo(outdated.source().get(field));
            assertThat(legacyRetagged.get(field)).as(field).isEqualTo(legacy.source().get(field));
        }
        assertThat(get(id("fresh")).seqNo()).as("the up-to-date listing was not rewritten").isEqualTo(fresh.seqNo());

        JsonNode status = status();
        assertThat(status.path("concepts").asInt()).isGreaterThan(700);
        assertThat(status.path("retagEnabled").asBoolean()).isTrue();
        assertThat(status.path("retagged").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(status.path("changed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(status.path("pending").isNumber()).as(status.toString()).isTrue();
        assertThat(rest.getForObject("/actuator/prometheus", String.class))
                .contains("hub_concepts_retagged_total").contains("hub_concepts_retag_pending");
    }
}
