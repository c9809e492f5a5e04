package org.loungehub.search;

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
import org.springframework.http.ResponseEntity;

/** Search through the public API over listings pushed by a partner, against the real node. */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void pushListings() throws Exception {
        String feed = """
                [
                 {"externalId":"search-1","kind":"technology","side":"supply","country":"IL","title":"Millimeter-wave radar for fall detection","description":"Contactless monitoring of elderly residents with zebrafinch radar sensors.","keywords":["radar","elderly care"],"industries":["Health"]},
                 {"externalId":"search-2","kind":"technology","side":"demand","country":"CN","title":"寻求毫米波雷达养老监测方案","description":"斑胸草雀养老院需要非接触式跌倒检测。","keywords":["毫米波雷达","养老"]},
                 {"externalId":"search-3","kind":"company","side":"supply","country":"IL","title":"Zebrafinch drip irrigation","description":"Drip irrigation controllers.","industries":["Sustainable Technology"]},
                 {"externalId":"search-4","kind":"technology","side":"supply","country":"CN","title":"國際客廳斑胸草雀智能監測","description":"繁體中文的斑胸草雀監測系統"},
                 {"externalId":"search-5","kind":"technology","side":"supply","country":"IL","title":"Expired zebrafinch radar offer","description":"An offer that ran out.","validUntil":"2020-01-01"}
                ]""";
        Pushes.pushAndWait(rest, "lounge-desk", "application/json", feed);
    }

    private JsonNode get(String url, Object... vars) throws Exception {
        ResponseEntity<String> response = rest.getForEntity(url, String.class, vars);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    /** This test's listings among the results, in their order (other tests push to lounge-desk too). */
    private static List<String> own(JsonNode page) {
        return ids(page).stream().filter(id -> id.startsWith("lounge-desk:search-")).toList();
    }

    @Test
    void findsChineseAndEnglishTextAndLeavesExpiredListingsOut() throws Exception {
        JsonNode english = get("/api/v1/listings?q={q}&partner=lounge-desk", "zebrafinch radar");
        assertThat(own(english)).first().isEqualTo("lounge-desk:search-1");
        assertThat(ids(english)).contains("lounge-desk:search-3").doesNotContain("lounge-desk:search-5");

        JsonNode chinese = get("/api/v1/listings?q={q}&partner=lounge-desk", "养老院 非接触式跌倒检测");
        assertThat(own(chinese)).first().isEqualTo("lounge-desk:search-2");

        JsonNode traditional = get("/api/v1/listings?q={q}&partner=lounge-desk", "国际客厅 斑胸草雀");
        assertThat(own(traditional)).first().isEqualTo("lounge-desk:search-4");
    }

    @Test
    void filtersAndCountsFacets() throws Exception {
        JsonNode page = get("/api/v1/listings?q={q}&partner=lounge-desk&country=il", "zebrafinch");
        assertThat(ids(page)).containsExactlyInAnyOrder("lounge-desk:search-1", "lounge-desk:search-3");
        assertThat(page.path("total").asLong()).isEqualTo(2);

        JsonNode kinds = page.path("facets").path("kind");
        assertThat(kinds.toString()).contains("{\"value\":\"technology\",\"count\":1").contains("{\"value\":\"company\",\"count\":1");
        assertThat(page.path("facets").has("industry")).isTrue();
        assertThat(page.path("facets").has("partner")).isTrue();

        JsonNode demands = get("/api/v1/listings?partner=lounge-desk&side=demand&kind=technology&q={q}", "斑胸草雀");
        assertThat(ids(demands)).containsExactly("lounge-desk:search-2");
    }

    @Test
    void highlightsMatchedTermsEscapingTheFeedText() throws Exception {
        JsonNode page = get("/api/v1/listings?q={q}&partner=lounge-desk", "fall detection");
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("id").asText()).isEqualTo("lounge-desk:search-1");
        assertThat(first.path("highlights").path("title").get(0).asText()).contains("<em>fall</em>").contains("<em>detection</em>");
        assertThat(first.has("embedding")).isFalse();
        assertThat(first.path("source").has("original")).isFalse();
    }

    @Test
    void getsOneListingAndMarksItExpired() throws Exception {
        JsonNode listing = get("/api/v1/listings/{id}", "lounge-desk:search-5");
        assertThat(listing.path("title").asText()).isEqualTo("Expired zebrafinch radar offer");
        assertThat(listing.path("expired").asBoolean()).isTrue();
        assertThat(listing.path("source").path("original").path("externalId").asText()).isEqualTo("search-5");

        ResponseEntity<String> missing = rest.getForEntity("/api/v1/listings/{id}", String.class, "lounge-desk:nope");
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void badParametersAreA400ThatSaysWhatToSend() throws Exception {
        ResponseEntity<String> kind = rest.getForEntity("/api/v1/listings?kind=robot", String.class);
        assertThat(kind.getStatusCode().value()).isEqualTo(400);
        assertThat(kind.getBody()).contains("kind 'robot' is unknown").contains("technology");

        ResponseEntity<String> size = rest.getForEntity("/api/v1/listings?size=500", String.class);
        assertThat(size.getStatusCode().value()).isEqualTo(400);
        assertThat(size.getBody()).contains("size must be between 1 and 100");

        ResponseEntity<String> page = rest.getForEntity("/api/v1/listings?page=two", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(400);
    }
}
