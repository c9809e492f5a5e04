package org.loungehub.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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

/**
 * Contact data and partner scoping on every read path, for staff, the owning partner, another partner and an
 * enterprise: search (items and highlights), one listing, match, a listing's matches, the CSV export and saved-demand
 * notifications (API and webhook); and who owns saved demands.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedactionIT {

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();
    /** A word no other listing has, so that this test's listings are found first whatever else the index holds. */
    private final String word = "quokkar" + letters();
    private final String demandId = "redact-" + word + "-demand";
    private final String supplyId = "redact-" + word + "-supply";
    private final String formulaId = "redact-" + word + "-formula";
    private final String cslId = "redact-" + word + "-csl";
    /** In contact data only, never in a searchable field: finding it by a query would mean contacts are searchable. */
    private final String personal = "zyx" + letters();
    private final String demandEmail = "dana." + personal + "@example.org";
    private final String supplyName = "Noa " + personal;
    private final String supplyEmail = "noa." + personal + "@example.org";
    private final String supplyPhone = "+97235551234";
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> savedDemands = new ArrayList<>();
    private HttpServer webhook;

    private String staff;
    private String desk;
    private String csl;
    private String enterprise;
    private String otherEnterprise;
    private String enterpriseKeyId;
    private String enterpriseDemand;

    /** Random letters only: the Chinese analyzer cuts a word where letters meet digits, and digits match anything. */
    private static String letters() {
        StringBuilder letters = new StringBuilder();
        UUID.randomUUID().toString().replace("-", "").chars().limit(10).forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }

    @BeforeAll
    void setUp() throws Exception {
        staff = key("staff", null)[1];
        desk = key("partner", "lounge-desk")[1];
        csl = key("partner", "csl-offers")[1];
        String[] enterpriseKey = key("enterprise", null);
        enterpriseKeyId = enterpriseKey[0];
        enterprise = enterpriseKey[1];
        otherEnterprise = key("enterprise", null)[1];

        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();

        // Saved before the listings arrive: new listings are what a saved demand is told about.
        ResponseEntity<String> saved = as(enterprise, HttpMethod.POST, "/api/v1/saved-demands", """
                {"name": "redaction scout", "owner": "someone-else", "text": "%s radar supplier",
                 "side": "supply", "threshold": 0.05, "filters": {"partners": ["lounge-desk"]},
                 "webhookUrl": "http://127.0.0.1:%d/hook"}""".formatted(word, webhook.getAddress().getPort()));
        assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(201);
        JsonNode demand = json.readTree(saved.getBody());
        enterpriseDemand = demand.path("id").asText();
        savedDemands.add(enterpriseDemand);
        assertThat(demand.path("owner").asText()).as("the owner is the caller, not the body").isEqualTo(enterpriseKeyId);

        Pushes.pushAndWait(rest, "lounge-desk", "application/json", """
                [{"externalId": "%s", "kind": "technology", "side": "demand", "country": "CN",
                  "title": "Seeking %s radar for elderly care homes", "description": "Contactless %s monitoring of residents.",
                  "contact": {"name": "Dana Levi", "email": "%s", "phone": "+8653288886666"}},
                 {"externalId": "%s", "kind": "technology", "side": "supply", "country": "IL",
                  "title": "%s radar supplier for elderly monitoring", "description": "Millimeter-wave %s sensors.",
                  "contact": {"name": "%s", "email": "%s", "phone": "%s"}},
                 {"externalId": "%s", "kind": "technology", "side": "supply", "country": "IL",
                  "title": "=HYPERLINK(\\"http://evil.example/?x=1\\",\\"%s 毫米波雷达\\")", "description": "@SUM(1+1) %s"}]"""
                .formatted(demandId, word, word, demandEmail, supplyId, word, word, supplyName, supplyEmail, supplyPhone,
                        formulaId, word, word));
        Pushes.pushAndWait(rest, "csl-offers", "text/csv", ("成果编号,成果名称,成果简介,关键词,学科领域\n"
                + cslId + "," + word + " radar offer," + word + " sensors for radar,雷达,电子科学与技术\n")
                .getBytes(java.nio.charset.Charset.forName("GB18030")));
    }

    @AfterAll
    void cleanUp() {
        if (webhook != null) {
            webhook.stop(0);
        }
        savedDemands.forEach(id -> rest.delete("/api/v1/saved-demands/{id}", id));
    }

    private String[] key(String role, String partner) throws Exception {
        String body = partner == null
                ? "{\"name\": \"redaction-it %s\", \"role\": \"%s\"}".formatted(role, role)
                : "{\"name\": \"redaction-it %s\", \"role\": \"%s\", \"partnerId\": \"%s\"}".formatted(role, role, partner);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> created = rest.postForEntity("/api/v1/keys", new HttpEntity<>(body, headers), String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode answer = json.readTree(created.getBody());
        return new String[] {answer.path("key").path("id").asText(), answer.path("secret").asText()};
    }

    private ResponseEntity<String> as(String secret, HttpMethod method, String url, String body, Object... vars) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", secret);
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.exchange(url, method, new HttpEntity<>(body, headers), String.class, vars);
    }

    private JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private JsonNode get(String secret, String url, Object... vars) throws Exception {
        return ok(as(secret, HttpMethod.GET, url, null, vars));
    }

    private static JsonNode item(JsonNode page, String id) {
        for (JsonNode item : page.path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }

    private static JsonNode matched(JsonNode result, String id) {
        for (JsonNode match : result.path("matches")) {
            if (match.path("listing").path("id").asText().equals(id)) {
                return match;
            }
        }
        return null;
    }

    private static List<String> partnersOf(JsonNode result) {
        List<String> partners = new ArrayList<>();
        result.path("items").forEach(item -> partners.add(item.path("partnerId").asText()));
        result.path("matches").forEach(match -> partners.add(match.path("listing").path("partnerId").asText()));
        return partners;
    }

    private String desk(String externalId) {
        return "lounge-desk:" + externalId;
    }

    @Test
    void searchShowsContactsToStaffAndTheOwnerOnlyAndHighlightsNoContact() throws Exception {
        for (String privileged : List.of(staff, desk)) {
            JsonNode supply = item(get(privileged, "/api/v1/listings?q={q}", word), desk(supplyId));
            assertThat(supply).isNotNull();
            assertThat(supply.path("contact").path("email").asText()).isEqualTo(supplyEmail);
            assertThat(supply.path("highlights").path("title").toString()).contains("<em>" + word + "</em>");
        }

        ResponseEntity<String> answer = as(enterprise, HttpMethod.GET, "/api/v1/listings?q={q}", null, word);
        JsonNode supply = item(ok(answer), desk(supplyId));
        assertThat(supply).isNotNull();
        assertThat(supply.has("contact")).isFalse();
        assertThat(supply.path("highlights").path("title").toString()).contains("<em>" + word + "</em>");
        assertThat(supply.path("highlights").fieldNames()).toIterable().allMatch(f -> !f.startsWith("contact") && !f.startsWith("source"));
        assertThat(answer.getBody()).doesNotContain(supplyEmail, demandEmail, supplyName, personal, supplyPhone);
    }

    @Test
    void contactFieldsCannotBeSearchedByAnyone() throws Exception {
        for (String caller : List.of(enterprise, staff)) {
            for (String probe : List.of(personal, supplyEmail, supplyName, supplyPhone)) {
                assertThat(item(get(caller, "/api/v1/listings?q={q}&partner=lounge-desk&size=100", probe), desk(supplyId)))
                        .as(probe).isNull();
            }
        }
    }

    @Test
    void aPartnerSearchesOnlyItsOwnListings() throws Exception {
        JsonNode own = get(desk, "/api/v1/listings?q={q}&size=100", word);
        assertThat(partnersOf(own)).isNotEmpty().containsOnly("lounge-desk");
        assertThat(own.path("facets").path("partner").toString()).doesNotContain("csl-offers");

        JsonNode other = get(csl, "/api/v1/listings?q={q}&size=100", word);
        assertThat(partnersOf(other)).containsOnly("csl-offers");
        assertThat(item(other, "csl-offers:" + cslId)).isNotNull();

        ResponseEntity<String> foreign = as(csl, HttpMethod.GET, "/api/v1/listings?q={q}&partner=lounge-desk", null, word);
        assertThat(foreign.getStatusCode().value()).isEqualTo(403);
        assertThat(foreign.getBody()).contains("acts for partner 'csl-offers'");
        assertThat(foreign.getBody()).doesNotContain(supplyEmail);

        // Enterprises and staff filter by any partner.
        assertThat(partnersOf(get(enterprise, "/api/v1/listings?q={q}&partner=csl-offers", word))).containsOnly("csl-offers");
    }

    @Test
    void oneListingWithItsOriginalRecordForStaffAndOwnerNotFoundForAnotherPartner() throws Exception {
        for (String privileged : List.of(staff, desk)) {
            JsonNode listing = get(privileged, "/api/v1/listings/{id}", desk(supplyId));
            assertThat(listing.path("contact").path("phone").asText()).isEqualTo(supplyPhone);
            assertThat(listing.path("source").path("original").toString()).contains(supplyEmail);
        }

        ResponseEntity<String> asEnterprise = as(enterprise, HttpMethod.GET, "/api/v1/listings/{id}", null, desk(supplyId));
        JsonNode listing = ok(asEnterprise);
        assertThat(listing.path("title").asText()).contains(word);
        assertThat(listing.has("contact")).isFalse();
        assertThat(listing.path("source").has("original")).isFalse();
        assertThat(listing.path("source").path("partnerId").asText()).isEqualTo("lounge-desk");
        assertThat(asEnterprise.getBody()).doesNotContain(supplyEmail, supplyName, supplyPhone);

        ResponseEntity<String> foreign = as(csl, HttpMethod.GET, "/api/v1/listings/{id}", null, desk(supplyId));
        ResponseEntity<String> missing = as(csl, HttpMethod.GET, "/api/v1/listings/{id}", null, desk("no-such-" + word));
        assertThat(foreign.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(foreign.getBody()).as("the same answer as for a listing that does not exist")
                .isEqualTo(missing.getBody().replace("no-such-" + word, supplyId));
    }

    @Test
    void matchRedactsListingsAndExplanationsAndScopesPartners() throws Exception {
        String request = """
                {"text": "%s radar supplier", "side": "supply", "size": 20}""".formatted(word);
        for (String privileged : List.of(staff, desk)) {
            JsonNode match = matched(ok(as(privileged, HttpMethod.POST, "/api/v1/match", request)), desk(supplyId));
            assertThat(match).isNotNull();
            assertThat(match.path("listing").path("contact").path("email").asText()).isEqualTo(supplyEmail);
        }

        ResponseEntity<String> asEnterprise = as(enterprise, HttpMethod.POST, "/api/v1/match", request);
        JsonNode match = matched(ok(asEnterprise), desk(supplyId));
        assertThat(match).isNotNull();
        assertThat(match.path("listing").has("contact")).isFalse();
        assertThat(match.path("explanation").path("matchedTerms").toString()).contains(word);
        assertThat(asEnterprise.getBody()).doesNotContain(supplyEmail, supplyName, supplyPhone);

        assertThat(partnersOf(ok(as(desk, HttpMethod.POST, "/api/v1/match", request)))).isNotEmpty().containsOnly("lounge-desk");
        JsonNode asCsl = ok(as(csl, HttpMethod.POST, "/api/v1/match", """
                {"text": "%s radar", "size": 50}""".formatted(word)));
        assertThat(partnersOf(asCsl)).containsOnly("csl-offers");
        assertThat(asCsl.toString()).doesNotContain(supplyEmail);

        ResponseEntity<String> foreign = as(csl, HttpMethod.POST, "/api/v1/match", """
                {"text": "%s radar", "filters": {"partners": ["lounge-desk"]}}""".formatted(word));
        assertThat(foreign.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void matchesOfAListingAreRedactedAndScoped() throws Exception {
        for (String privileged : List.of(staff, desk)) {
            JsonNode match = matched(get(privileged, "/api/v1/listings/{id}/matches?size=20", desk(demandId)), desk(supplyId));
            assertThat(match).isNotNull();
            assertThat(match.path("listing").path("contact").path("name").asText()).isEqualTo(supplyName);
        }
        ResponseEntity<String> asEnterprise = as(enterprise, HttpMethod.GET, "/api/v1/listings/{id}/matches?size=20", null,
                desk(demandId));
        assertThat(matched(ok(asEnterprise), desk(supplyId))).isNotNull();
        assertThat(asEnterprise.getBody()).doesNotContain(supplyEmail, supplyName, supplyPhone, demandEmail);

        assertThat(partnersOf(get(desk, "/api/v1/listings/{id}/matches?size=50", desk(demandId)))).containsOnly("lounge-desk");
        ResponseEntity<String> foreign = as(csl, HttpMethod.GET, "/api/v1/listings/{id}/matches", null, desk(demandId));
        assertThat(foreign.getStatusCode().value()).isEqualTo(404);
    }

    private ResponseEntity<byte[]> export(String secret, String query) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", secret);
        return rest.exchange("/api/v1/listings/export.csv?" + query, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private static String text(ResponseEntity<byte[]> response) {
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    @Test
    void exportIsACsvForExcelScopedRedactedAndSafeFromFormulas() {
        ResponseEntity<byte[]> asStaff = export(staff, "q=" + word + "&partner=lounge-desk");
        assertThat(asStaff.getStatusCode().value()).as(text(asStaff)).isEqualTo(200);
        assertThat(asStaff.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(asStaff.getHeaders().getFirst("Content-Disposition")).contains("listings.csv");
        assertThat(Arrays.copyOf(asStaff.getBody(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(asStaff.getHeaders().getFirst("X-Export-Limit")).isEqualTo("10000");
        assertThat(asStaff.getHeaders().getFirst("X-Export-Truncated")).isEqualTo("false");
        String csv = text(asStaff).substring(1);
        assertThat(asStaff.getHeaders().getFirst("X-Export-Rows")).isEqualTo("3").isEqualTo(String.valueOf(csv.lines().count() - 1));
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,partnerId,kind,side,title,").endsWith("contact.name,contact.email,contact.phone");
        assertThat(csv).contains(supplyEmail, demandEmail, "'" + supplyPhone).contains("毫米波雷达").contains("\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example/?x=1\"\",\"\"" + word).contains("'@SUM(1+1)");
        assertThat(csv).doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");

        ResponseEntity<byte[]> asOwner = export(desk, "q=" + word);
        assertThat(asOwner.getStatusCode().value()).isEqualTo(200);
        assertThat(text(asOwner)).contains(supplyEmail).doesNotContain("csl-offers:");
        text(asOwner).lines().skip(1).forEach(row -> assertThat(row).contains(",lounge-desk,"));

        ResponseEntity<byte[]> asEnterprise = export(enterprise, "q=" + word);
        assertThat(asEnterprise.getStatusCode().value()).isEqualTo(200);
        assertThat(text(asEnterprise).lines().findFirst().orElseThrow()).doesNotContain("contact");
        assertThat(text(asEnterprise)).contains(word).doesNotContain(supplyEmail, demandEmail, supplyName, supplyPhone);

        ResponseEntity<byte[]> asOtherPartner = export(csl, "q=" + word);
        assertThat(text(asOtherPartner)).contains("csl-offers:" + cslId).doesNotContain("lounge-desk:", supplyEmail);
        ResponseEntity<byte[]> foreign = export(csl, "q=" + word + "&partner=lounge-desk");
        assertThat(foreign.getStatusCode().value()).isEqualTo(403);
        assertThat(text(foreign)).contains("\"status\":403").doesNotContain(supplyEmail);

        ResponseEntity<byte[]> bad = export(staff, "kind=robot");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(text(bad)).contains("kind 'robot' is unknown");
    }

    @Test
    void notificationsAndWebhooksOfAnEnterpriseCarryNoContactData() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        JsonNode notifications = null;
        while (Instant.now().isBefore(deadline)) {
            notifications = get(enterprise, "/api/v1/saved-demands/{id}/notifications", enterpriseDemand);
            if (notifications.toString().contains(desk(supplyId)) && received.stream().anyMatch(r -> r.contains(desk(supplyId)))) {
                break;
            }
            Thread.sleep(1000);
        }
        assertThat(notifications.toString()).contains(desk(supplyId));
        assertThat(notifications.toString()).doesNotContain(supplyEmail, supplyName, supplyPhone, demandEmail);
        assertThat(received).anyMatch(payload -> payload.contains(desk(supplyId)));
        assertThat(String.join("\n", received)).doesNotContain(supplyEmail, supplyName, supplyPhone);
    }

    @Test
    void savedDemandsAreTheirOwnersOnly() throws Exception {
        assertThat(get(enterprise, "/api/v1/saved-demands").toString()).contains(enterpriseDemand);
        assertThat(get(otherEnterprise, "/api/v1/saved-demands").toString()).doesNotContain(enterpriseDemand);
        assertThat(get(staff, "/api/v1/saved-demands").toString()).contains(enterpriseDemand);
        assertThat(get(staff, "/api/v1/saved-demands/{id}", enterpriseDemand).path("owner").asText()).isEqualTo(enterpriseKeyId);

        for (String path : List.of("/api/v1/saved-demands/{id}", "/api/v1/saved-demands/{id}/notifications")) {
            assertThat(as(otherEnterprise, HttpMethod.GET, path, null, enterpriseDemand).getStatusCode().value()).isEqualTo(404);
        }
        assertThat(as(otherEnterprise, HttpMethod.DELETE, "/api/v1/saved-demands/{id}", null, enterpriseDemand)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(get(enterprise, "/api/v1/saved-demands/{id}", enterpriseDemand).path("name").asText()).isEqualTo("redaction scout");
        // Partners keep no saved demands (the access matrix).
        assertThat(as(desk, HttpMethod.GET, "/api/v1/saved-demands", null).getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> own = as(otherEnterprise, HttpMethod.POST, "/api/v1/saved-demands", "{\"text\": \"drip irrigation\"}");
        String ownId = json.readTree(own.getBody()).path("id").asText();
        savedDemands.add(ownId);
        assertThat(as(otherEnterprise, HttpMethod.DELETE, "/api/v1/saved-demands/{id}", null, ownId).getStatusCode().value())
                .isEqualTo(204);
    }

    @Test
    void webhooksToTheHubsOwnNetworkAreRefusedUnlessAllowed() throws Exception {
        // This hub allows private webhooks (its test receiver is on loopback); other schemes are refused regardless.
        ResponseEntity<String> ftp = as(enterprise, HttpMethod.POST, "/api/v1/saved-demands",
                "{\"text\": \"radar\", \"webhookUrl\": \"file:///etc/passwd\"}");
        assertThat(ftp.getStatusCode().value()).isEqualTo(400);
        assertThat(ftp.getBody()).contains("webhookUrl must be an absolute http(s) URL");
    }

    @Test
    void aPartnersPushIgnoresThePartnerInTheBodyAndCannotWriteForAnother() throws Exception {
        String externalId = "redact-" + personal + "-pushed";
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", desk);
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                [{"externalId": "%s", "partnerId": "csl-offers", "kind": "technology", "side": "supply",
                  "title": "Pushed by the desk %s"}]""".formatted(externalId, personal);
        ResponseEntity<String> foreign = rest.exchange("/api/v1/partners/csl-offers/listings", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        assertThat(foreign.getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> accepted = rest.exchange("/api/v1/partners/lounge-desk/listings", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        String batchId = json.readTree(accepted.getBody()).path("batchId").asText();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!get(desk, "/api/v1/batches/{id}", batchId).path("status").asText().equals("done")) {
            assertThat(Instant.now()).as("batch " + batchId + " done in time").isBefore(deadline);
            Thread.sleep(200);
        }
        assertThat(get(staff, "/api/v1/listings/{id}", desk(externalId)).path("partnerId").asText()).isEqualTo("lounge-desk");
        assertThat(as(staff, HttpMethod.GET, "/api/v1/listings/{id}", null, "csl-offers:" + externalId).getStatusCode().value())
                .isEqualTo(404);
    }
}
