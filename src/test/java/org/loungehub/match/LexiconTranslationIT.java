package org.loungehub.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
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
 * Matching across the language border through words no concept names (honey, beehives): only the lexicon's
 * translation links the two languages here, so BM25 alone finds the other language's listing or nothing.
 */
@HubIntegrationTest
@TestPropertySource(properties = {"hub.match.translation-boost=0.2", "hub.elasticsearch.index-prefix=it-lexicon-"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LexiconTranslationIT {

    private static final String PARTNER = "it-lexicon";

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void pushListingsInBothLanguages() throws Exception {
        ResponseEntity<String> created = post("/api/v1/partners", """
                {"id": "%s", "name": "Lexicon test partner", "format": "json"}""".formatted(PARTNER));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isIn(201, 409);
        Pushes.pushAndWait(rest, PARTNER, "application/json", """
                [{"externalId": "honey-il", "kind": "company", "side": "supply", "country": "IL",
                  "title": "Galilee Apiaries", "description": "Raw honey and smart beehives for apiaries in the Galilee"},
                 {"externalId": "inverter-il", "kind": "company", "side": "supply", "country": "IL",
                  "title": "Negev Power", "description": "Rooftop inverters with remote firmware updates"},
                 {"externalId": "honey-cn", "kind": "company", "side": "demand", "country": "CN",
                  "title": "采购蜂蜜", "description": "山东食品厂长期采购优质蜂蜜"},
                 {"externalId": "tea-cn", "kind": "company", "side": "demand", "country": "CN",
                  "title": "采购茶叶", "description": "青岛茶馆长期采购绿茶茶叶"}]""");
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode bm25Match(String text, String side) throws Exception {
        ResponseEntity<String> response = post("/api/v1/match", """
                {"text": "%s", "side": "%s", "signals": ["bm25"], "filters": {"partners": ["%s"]}, "size": 10}"""
                .formatted(text, side, PARTNER));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.path("matches").forEach(m -> ids.add(m.path("listing").path("id").asText()));
        return ids;
    }

    @Test
    void aChineseDemandFindsAnEnglishSupplierThroughAWordNoConceptNames() throws Exception {
        JsonNode result = bm25Match("寻求蜂蜜和蜂箱", "supply");

        assertThat(result.path("query").path("concepts")).isEmpty();
        assertThat(result.path("query").path("translatedWith").toString()).contains("\"source\":\"蜂蜜\"").contains("honey");
        assertThat(ids(result)).containsExactly(PARTNER + ":honey-il");
    }

    @Test
    void anEnglishOfferFindsAChineseDemandThroughAWordNoConceptNames() throws Exception {
        JsonNode result = bm25Match("Raw honey from the Galilee", "demand");

        assertThat(result.path("query").path("concepts")).isEmpty();
        assertThat(result.path("query").path("translatedWith").toString()).contains("蜂蜜");
        assertThat(ids(result)).containsExactly(PARTNER + ":honey-cn");
    }
}
