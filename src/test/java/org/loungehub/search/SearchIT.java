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
import org.loungehub.support.TestPartners;
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
    /** This class's own desk, so every assertion sees exactly its listings. */
    private String desk;

    @BeforeAll
    void pushListings() throws Exception {
        desk = TestPartners.like(rest, "lounge-desk", "search-it");
        String feed = """
                [
                 {"externalId":"search-1","kind":"technology","side":"supply","country":"IL","title":"Millimeter-wave radar for fall detection","description":"Contactless monitoring of elderly residents with zebrafinch radar sensors.","keywords":["radar","elderly care"],"industries":["Health"]},
                 {"externalId":"search-2","kind":"technology","side":"demand","country":"CN","title":"寻求毫米波雷达养老监测方案","description":"斑胸草雀养老院需要非接触式跌倒检测。","keywords":["毫米波雷达","养老"]},
                 {"externalId":"search-3","kind":"company","side":"supply","country":"IL","title":"Zebrafinch drip irrigation","description":"Drip irrigation controllers.","industries":["Sustainable Technology"]},
                 {"externalId":"search-4","kind":"technology","side":"supply","country":"CN","title":"國際客廳斑胸草雀智能監測","description":"繁體中文的斑胸草雀監測系統"},
                 {"externalId":"search-5","kind":"technology","side":"supply","country":"IL","title":"Expired zebrafinch radar offer","description":"An offer that ran out.","validUntil":"2020-01-01"},
                 {"externalId":"search-6","kind":"company","side":"supply","country":"DE","title":"Quokkaline freight booking gateway","description":"<script>alert('quokkaline')</script> gateway & <b>bold</b> claims"}
                ]""";
        Pushes.pushAndWait(rest, desk, "application/json", feed);
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

    private String id(String externalId) {
        return desk + ":" + externalId;
    }

    @Test
    void findsChineseAndEnglishTextAndLeavesExpiredListingsOut() throws Exception {
        JsonNode english = get("/api/v1/listings?q={q}&partner={p}", "zebrafinch radar", desk);
        assertThat(ids(english)).first().isEqualTo(id("search-1"));
        assertThat(ids(english)).contains(id("search-3")).doesNotContain(id("search-5"));

        JsonNode chinese = get("/api/v1/listings?q={q}&partner={p}", "养老院 非接触式跌倒检测", desk);
        assertThat(ids(chinese)).first().isEqualTo(id("search-2"));

        JsonNode traditional = get("/api/v1/listings?q={q}&partner={p}", "国际客厅 斑胸草雀", desk);
        assertThat(ids(traditional)).first().isEqualTo(id("search-4"));
    }

    @Test
    void filtersAndCountsFacets() throws Exception {
        JsonNode page = get("/api/v1/listings?q={q}&partner={p}&country=il", "zebrafinch", desk);
        assertThat(ids(page)).containsExactlyInAnyOrder(id("search-1"), id("search-3"));
        assertThat(page.path("total").asLong()).isEqualTo(2);

        JsonNode kinds = page.path("facets").path("kind");
        assertThat(kinds.toString()).contains("{\"value\":\"technology\",\"count\":1").contains("{\"value\":\"company\",\"count\":1");
        assertThat(page.path("facets").has("industry")).isTrue();
        assertThat(page.path("facets").has("partner")).isTrue();

        JsonNode demands = get("/api/v1/listings?partner={p}&side=demand&kind=technology&q={q}", desk, "斑胸草雀");
        assertThat(ids(demands)).containsExactly(id("search-2"));
    }

    @Test
    void highlightsMatchedTermsEscapingTheFeedText() throws Exception {
        JsonNode page = get("/api/v1/listings?q={q}&partner={p}", "fall detection", desk);
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("id").asText()).isEqualTo(id("search-1"));
        assertThat(first.path("highlights").path("title").get(0).asText()).contains("<em>fall</em>").contains("<em>detection</em>");
        assertThat(first.has("embedding")).isFalse();
        assertThat(first.path("source").has("original")).isFalse();

        // Markup in a feed's text comes back as text: escaped, with only the hub's own <em> as tags.
        JsonNode markup = get("/api/v1/listings?q={q}&partner={p}", "quokkaline gateway", desk).path("items").get(0);
        assertThat(markup.path("id").asText()).isEqualTo(id("search-6"));
        String description = markup.path("highlights").path("description").toString();
        assertThat(description).contains("&lt;script&gt;").contains("<em>quokkaline</em>").contains("&amp;").contains("&lt;b&gt;").doesNotContain("<script").doesNotContain("<b>");
    }

    @Test
    void getsOneListingAndMarksItExpired() throws Exception {
        JsonNode listing = get("/api/v1/listings/{id}", id("search-5"));
        assertThat(listing.path("title").asText()).isEqualTo("Expired zebrafinch radar offer");
        assertThat(listing.path("expired").asBoolean()).isTrue();
        assertThat(listing.path("source").path("original").path("externalId").asText()).isEqualTo("search-5");

        ResponseEntity<String> missing = rest.getForEntity("/api/v1/listings/{id}", String.class, id("nope"));
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
