package org.loungehub.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.RawHttp;
import org.loungehub.support.TestApiKeys;
import org.loungehub.support.TestOidc;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what, against the running hub over real HTTP: the role × endpoint × own/other partner matrix, key
 * rotation and revocation taking effect live, bearer tokens, rate limits, size limits, headers, CORS and the audit
 * trail.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWN = "lounge-desk";
    private static final String OTHER = "csl-offers";
    /** The callers of the matrix: a key of every role, and a partner key of another partner. */
    private static final List<String> ROLES = List.of("admin", "staff", "partner-own", "partner-other", "enterprise");

    @LocalServerPort
    int port;
    @Value("${hub.security.rate-limit.anonymous-per-minute}")
    int anonymousPerMinute;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final Map<String, String> keyIds = new LinkedHashMap<>();
    private String ownBatch;

    @BeforeAll
    void keysForEveryRole() throws Exception {
        keys.put("admin", TestApiKeys.ADMIN);
        issue("staff", "staff", null);
        issue("partner-own", "partner", OWN);
        issue("partner-other", "partner", OTHER);
        issue("enterprise", "enterprise", null);
        HttpResponse<String> pushed = send("partner-own", "POST", "/api/v1/partners/" + OWN + "/listings",
                "[{\"externalId\":\"access-" + UUID.randomUUID() + "\",\"title\":\"Access test listing\",\"kind\":\"technology\"}]");
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(202);
        ownBatch = JSON.readTree(pushed.body()).path("batchId").asText();
    }

    /** Each row: method, path, body, then the roles that may (all others get 403; without a key 401). */
    private static final List<Row> MATRIX = List.of(
            row("GET", "/api/v1/keys", null, "admin"),
            row("POST", "/api/v1/keys", "{}", "admin"),
            row("GET", "/api/v1/partners", null, "admin", "staff"),
            row("POST", "/api/v1/partners", "{}", "admin"),
            row("GET", "/api/v1/partners/" + OWN + "/batches", null, "admin", "staff", "partner-own"),
            row("GET", "/api/v1/partners/" + OWN + "/dead-letters", null, "admin", "staff", "partner-own"),
            row("POST", "/api/v1/partners/" + OWN + "/listings", "[]", "admin", "staff", "partner-own"),
            row("DELETE", "/api/v1/partners/" + OWN + "/listings/no-such-listing", null, "admin", "staff", "partner-own"),
            row("DELETE", "/api/v1/partners/" + OWN + "/listings?externalId=no-such-listing", null, "admin", "staff", "partner-own"),
            row("GET", "/api/v1/batches/{own-batch}", null, "admin", "staff", "partner-own"),
            row("POST", "/api/v1/batches/{own-batch}/replay", null, "admin", "staff", "partner-own"),
            // staff get a 202 (or a 409 once the batch has ended), everyone else a 403
            row("POST", "/api/v1/batches/{own-batch}/cancel", null, "admin", "staff"),
            row("GET", "/api/v1/listings?q=radar", null, "admin", "staff", "partner-own", "partner-other", "enterprise"),
            row("GET", "/api/v1/listings/export.csv?q=radar", null, "admin", "staff", "partner-own", "partner-other", "enterprise"),
            row("GET", "/api/v1/listings/" + OWN + ":no-such-listing", null, "admin", "staff", "partner-own", "partner-other", "enterprise"),
            row("GET", "/api/v1/listings/" + OWN + ":no-such-listing/matches", null, "admin", "staff", "partner-own", "partner-other", "enterprise"),
            row("POST", "/api/v1/match", "{\"text\":\"radar\"}", "admin", "staff", "partner-own", "partner-other", "enterprise"),
            row("GET", "/api/v1/saved-demands", null, "admin", "staff", "enterprise"),
            row("GET", "/api/v1/listings/" + OWN + ":no-such-listing/entity", null, "admin", "staff"),
            row("GET", "/api/v1/entities/no-such-entity", null, "admin", "staff"),
            row("GET", "/api/v1/admin/indices", null, "admin", "staff"),
            row("GET", "/api/v1/admin/embeddings", null, "admin", "staff"),
            row("GET", "/api/v1/admin/concepts", null, "admin", "staff"),
            row("GET", "/api/v1/audit", null, "admin", "staff"),
            row("POST", "/api/v1/erasures", "{}", "admin", "staff"),
            row("GET", "/api/v1/erasures", null, "admin", "staff"),
            row("GET", "/api/v1/erasures/no-such-erasure", null, "admin", "staff"),
            row("GET", "/actuator/prometheus", null, "admin", "staff"));

    @Test
    void everyRoleGetsExactlyItsRowsOfTheMatrix() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : MATRIX) {
            String path = row.path().replace("{own-batch}", ownBatch);
            for (String who : ROLES) {
                int status = send(who, row.method(), path, row.body()).statusCode();
                boolean allowed = status != 401 && status != 403;
                if (allowed != row.allowed().contains(who) || (!allowed && status != 403)) {
                    wrong.add(who + " " + row.method() + " " + path + " -> " + status);
                }
            }
            int anonymous = send(null, row.method(), path, row.body()).statusCode();
            if (anonymous != 401) {
                wrong.add("no key " + row.method() + " " + path + " -> " + anonymous);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWrongKeyIsRefusedEverywhereAndTheRefusalSaysWhatToDo() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/listings")).header("X-Api-Key", "lh_guessed").GET());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("message").asText()).contains("unknown, revoked or expired");
        HttpResponse<String> forbidden = send("enterprise", "GET", "/api/v1/keys", null);
        assertThat(JSON.readTree(forbidden.body()).path("message").asText()).contains("enterprise").contains("admin");
        HttpResponse<String> other = send("partner-other", "GET", "/api/v1/partners/" + OWN + "/batches", null);
        assertThat(JSON.readTree(other.body()).path("message").asText()).contains("acts for partner '" + OTHER + "' only");
    }

    @Test
    void publicEndpointsNeedNoKey() throws Exception {
        assertThat(send(null, "GET", "/actuator/health", null).statusCode()).isIn(200, 503);
        assertThat(send(null, "GET", "/api/v1/openapi.json", null).statusCode()).isEqualTo(200);
    }

    @Test
    void pathTricksDoNotReachAnotherPartner() throws Exception {
        for (String path : List.of(
                "/api/v1/partners/" + OWN + "%2D/batches",
                "/api/v1/partners/lounge%2Ddesk/batches",
                "/api/v1/partners/" + OTHER + "/../" + OWN + "/batches",
                "/api/v1/partners/" + OTHER + "/%2E%2E/" + OWN + "/batches",
                "/api/v1//partners/" + OWN + "/batches",
                "/api/v1/partners/" + OWN + ";x=1/batches",
                "/api/v1/partners/LOUNGE-DESK/batches")) {
            int status = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Api-Key", keys.get("partner-other")).GET()).statusCode();
            assertThat(status).as(path).isIn(400, 403, 404);
        }
        // the owner's own, spelled with an encoded character, is not refused as another partner's
        assertThat(send("partner-own", "GET", "/api/v1/partners/lounge%2Ddesk/batches", null).statusCode()).isIn(200, 404);
    }

    @Test
    void rotationKeepsTheOldKeyForTheOverlapAndRevocationIsImmediate() throws Exception {
        String id = issue("rotating", "enterprise", null);
        assertThat(send("rotating", "GET", "/api/v1/listings", null).statusCode()).isEqualTo(200);

        JsonNode rotated = JSON.readTree(send("admin", "POST", "/api/v1/keys/" + id + "/rotate?overlap=1h", null).body());
        String replacement = rotated.path("secret").asText();
        keys.put("rotated", replacement);
        assertThat(send("rotating", "GET", "/api/v1/listings", null).statusCode()).as("old key within the overlap").isEqualTo(200);
        assertThat(send("rotated", "GET", "/api/v1/listings", null).statusCode()).isEqualTo(200);
        JsonNode old = JSON.readTree(send("admin", "GET", "/api/v1/keys/" + id, null).body());
        assertThat(old.path("replacedBy").asText()).isEqualTo(rotated.path("key").path("id").asText());
        assertThat(Instant.parse(old.path("expiresAt").asText())).isBetween(Instant.now().plusSeconds(3500), Instant.now().plusSeconds(3700));

        String newId = rotated.path("key").path("id").asText();
        JsonNode again = JSON.readTree(send("admin", "POST", "/api/v1/keys/" + newId + "/rotate?overlap=0s", null).body());
        assertThat(send("rotated", "GET", "/api/v1/listings", null).statusCode()).as("no overlap: the old key ends at once").isEqualTo(401);
        keys.put("rotated-twice", again.path("secret").asText());
        assertThat(send("rotated-twice", "GET", "/api/v1/listings", null).statusCode()).isEqualTo(200);

        assertThat(send("admin", "DELETE", "/api/v1/keys/" + again.path("key").path("id").asText(), null).statusCode()).isEqualTo(200);
        assertThat(send("rotated-twice", "GET", "/api/v1/listings", null).statusCode()).as("revoked").isEqualTo(401);
        assertThat(send("rotating", "GET", "/api/v1/listings", null).statusCode()).as("still in its overlap").isEqualTo(200);
    }

    @Test
    void keysExpireAndAreListedWithoutSecrets() throws Exception {
        String body = "{\"name\":\"short-lived\",\"role\":\"enterprise\",\"expiresAt\":\"" + Instant.now().plusSeconds(2) + "\"}";
        JsonNode issued = JSON.readTree(send("admin", "POST", "/api/v1/keys", body).body());
        keys.put("short-lived", issued.path("secret").asText());
        assertThat(send("short-lived", "GET", "/api/v1/listings", null).statusCode()).isEqualTo(200);
        Instant expired = Instant.now().plusSeconds(15);
        int status = 200;
        while (status == 200 && Instant.now().isBefore(expired)) {
            Thread.sleep(200);
            status = send("short-lived", "GET", "/api/v1/listings", null).statusCode();
        }
        assertThat(status).as("refused once expired").isEqualTo(401);

        String listed = send("admin", "GET", "/api/v1/keys", null).body();
        assertThat(listed).contains(issued.path("key").path("id").asText())
                .doesNotContain(issued.path("secret").asText()).doesNotContain("\"hash\"");
        assertThat(issued.path("secret").asText()).startsWith("lh_").hasSizeGreaterThan(30);
    }

    @Test
    void keyRequestsAreChecked() throws Exception {
        assertThat(message(send("admin", "POST", "/api/v1/keys", "{\"role\":\"partner\"}"))).contains("partnerId");
        assertThat(message(send("admin", "POST", "/api/v1/keys", "{\"role\":\"partner\",\"partnerId\":\"nobody\"}"))).contains("Unknown partnerId 'nobody'");
        assertThat(message(send("admin", "POST", "/api/v1/keys", "{\"role\":\"root\"}"))).contains("Unknown role 'root'");
        assertThat(message(send("admin", "POST", "/api/v1/keys", "{\"role\":\"staff\",\"partnerId\":\"" + OWN + "\"}"))).contains("only for partner keys");
        assertThat(send("admin", "POST", "/api/v1/keys/k-none/rotate", null).statusCode()).isEqualTo(404);
        assertThat(send("admin", "DELETE", "/api/v1/keys/k-none", null).statusCode()).isEqualTo(404);
    }

    @Test
    void staffBearerTokensAreAcceptedAndOthersAreNot() throws Exception {
        String staff = TestOidc.token("officer-li", List.of("staff"), Duration.ofMinutes(5));
        assertThat(bearer(staff, "/api/v1/partners").statusCode()).isEqualTo(200);
        assertThat(bearer(staff, "/api/v1/keys").statusCode()).as("staff is not admin").isEqualTo(403);
        String admin = TestOidc.token("chief-wang", List.of("staff", "admin"), Duration.ofMinutes(5));
        assertThat(bearer(admin, "/api/v1/keys").statusCode()).isEqualTo(200);
        String visitor = TestOidc.token("visitor", List.of("viewer"), Duration.ofMinutes(5));
        assertThat(bearer(visitor, "/api/v1/listings").statusCode()).isEqualTo(401);
        String expired = TestOidc.token("officer-li", List.of("staff"), Duration.ofSeconds(-120));
        assertThat(bearer(expired, "/api/v1/listings").statusCode()).isEqualTo(401);
        assertThat(bearer(staff.substring(0, staff.length() - 4) + "AAAA", "/api/v1/listings").statusCode()).as("bad signature").isEqualTo(401);
    }

    @Test
    void aKeyOverItsRateLimitGets429WithRetryAfter() throws Exception {
        JsonNode issued = JSON.readTree(send("admin", "POST", "/api/v1/keys",
                "{\"name\":\"slow\",\"role\":\"enterprise\",\"rateLimitPerMinute\":3}").body());
        keys.put("slow", issued.path("secret").asText());
        for (int i = 0; i < 3; i++) {
            assertThat(send("slow", "GET", "/api/v1/listings", null).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = send("slow", "GET", "/api/v1/listings", null);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 20L);
        assertThat(message(limited)).contains("3 requests per minute");
        assertThat(send("enterprise", "GET", "/api/v1/listings", null).statusCode()).as("other keys unaffected").isEqualTo(200);
    }

    @Test
    void guessedKeysCountAgainstTheAddressAndAreThen429EvenWhenValid() throws Exception {
        RawHttp guesser = new RawHttp(port, "127.0.0.23"); // another client address than the other tests'
        long start = System.nanoTime();
        int refused = 0;
        RawHttp.Response limited = null;
        while (limited == null && refused < anonymousPerMinute + 400) {
            RawHttp.Response response = guesser.send("GET /api/v1/listings HTTP/1.1", "X-Api-Key: lh_guess-" + refused);
            if (response.status() == 429) {
                limited = response;
            } else {
                assertThat(response.status()).isEqualTo(401);
                refused++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(limited).as("no 429 after " + refused + " wrong keys").isNotNull();
        // the address's allowance, and what refilled while guessing (a minute's allowance per minute)
        assertThat(refused).isBetween(anonymousPerMinute, anonymousPerMinute + (int) (seconds * anonymousPerMinute / 60) + 1);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(JSON.readTree(limited.body()).path("message").asText()).contains("without a valid API key");

        // a valid key from there is refused before it is checked (so a right guess looks like a wrong one) ...
        long burst = System.nanoTime();
        int valid429 = 0;
        for (int i = 0; i < 10; i++) {
            int status = guesser.send("GET /api/v1/listings HTTP/1.1", "X-Api-Key: " + keys.get("staff")).status();
            assertThat(status).isIn(200, 429);
            valid429 += status == 429 ? 1 : 0;
        }
        double refilled = (System.nanoTime() - burst) / 1e9 * anonymousPerMinute / 60;
        assertThat(valid429).isGreaterThanOrEqualTo(10 - 1 - (int) refilled);
        // ... while other addresses go on as before
        assertThat(send("staff", "GET", "/api/v1/listings", null).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/listings")).header("X-Api-Key", "lh_guessed").GET()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void healthShowsOnlyItsStatusToAllButStaff() throws Exception {
        for (String who : Arrays.asList(null, "enterprise", "partner-own")) {
            HttpResponse<String> health = send(who, "GET", "/actuator/health", null);
            JsonNode body = JSON.readTree(health.body());
            assertThat(body.path("status").asText()).as(who).isIn("UP", "DOWN", "OUT_OF_SERVICE");
            assertThat(body.size()).as(who + ": " + health.body()).isEqualTo(1);
        }
        for (String who : List.of("staff", "admin")) {
            JsonNode body = JSON.readTree(send(who, "GET", "/actuator/health", null).body());
            assertThat(body.at("/components/elasticsearch/details").isObject()).as(who).isTrue();
        }
    }

    @Test
    void matchTracesAreForStaffOnly() throws Exception {
        String traced = "{\"text\":\"radar\",\"trace\":true,\"size\":1}";
        for (String who : List.of("enterprise", "partner-own")) {
            HttpResponse<String> refused = send(who, "POST", "/api/v1/match", traced);
            assertThat(refused.statusCode()).as(who).isEqualTo(403);
            assertThat(message(refused)).contains("trace is for staff and admin keys");
        }
        assertThat(send("enterprise", "POST", "/api/v1/match", "{\"text\":\"radar\",\"size\":1}").statusCode()).isEqualTo(200);
        HttpResponse<String> staff = send("staff", "POST", "/api/v1/match", traced);
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(staff.body()).at("/query/trace/msearch").asText()).isNotEmpty();
    }

    @Test
    void oversizedBodiesAre413AndErrorsCarryNoInternals() throws Exception {
        String big = "{\"text\":\"" + "x".repeat(1_100_000) + "\"}";
        HttpResponse<String> tooBig = send("staff", "POST", "/api/v1/match", big);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(message(tooBig)).contains("at most");

        HttpResponse<String> malformed = send("staff", "POST", "/api/v1/match", "{\"text\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("at org.").doesNotContain("Exception").doesNotContain("localhost:");
    }

    @Test
    void answersCarrySecurityHeaders() throws Exception {
        HttpResponse<String> response = send("staff", "GET", "/api/v1/listings", null);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void onlyTheConfiguredConsoleOriginMayCallFromABrowser() throws Exception {
        HttpResponse<String> allowed = send(preflight("https://console.lounge.example"));
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://console.lounge.example");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase()).contains("x-api-key");
        HttpResponse<String> refused = send(preflight("https://evil.example"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void writesAndAdminActionsAreAudited() throws Exception {
        String id = issue("audited", "partner", OWN);
        HttpResponse<String> push = send("audited", "POST", "/api/v1/partners/" + OWN + "/listings", "[]");
        assertThat(push.statusCode()).isEqualTo(202);
        send("audited", "POST", "/api/v1/partners/" + OTHER + "/listings", "[]"); // refused, and recorded

        List<JsonNode> entries = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(20);
        while (entries.size() < 2 && Instant.now().isBefore(deadline)) {
            entries.clear();
            JSON.readTree(send("staff", "GET", "/api/v1/audit?actor=" + id, null).body()).forEach(entries::add);
            Thread.sleep(300);
        }
        assertThat(entries).extracting(e -> e.path("action").asText() + " " + e.path("status").asInt())
                .containsExactlyInAnyOrder("POST /api/v1/partners/{}/listings 202", "POST /api/v1/partners/{}/listings 403");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.path("role").asText()).isEqualTo("partner");
            assertThat(e.path("partnerId").asText()).isEqualTo(OWN);
            assertThat(e.path("at").asText()).isNotEmpty();
        });
        JsonNode creation = JSON.readTree(send("staff", "GET", "/api/v1/audit?actor=" + ApiKeys.BOOTSTRAP_ID
                + "&action=POST%20/api/v1/keys&size=5", null).body());
        assertThat(creation.size()).isGreaterThan(0);
        assertThat(message(send("staff", "GET", "/api/v1/audit?since=yesterday", null))).contains("ISO-8601");
    }

    @Test
    void adminCreatesAPartnerThatCanPushAtOnce() throws Exception {
        String id = "it-partner-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send("admin", "POST", "/api/v1/partners",
                "{\"id\":\"" + id + "\",\"name\":\"Haifa incubator\",\"format\":\"json\",\"defaults\":{\"country\":\"IL\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        issue("new-partner", "partner", id);
        HttpResponse<String> push = send("new-partner", "POST", "/api/v1/partners/" + id + "/listings",
                "[{\"externalId\":\"x1\",\"title\":\"Water-saving drip irrigation\",\"kind\":\"technology\",\"side\":\"supply\"}]");
        assertThat(push.statusCode()).as(push.body()).isEqualTo(202);
        assertThat(send("admin", "POST", "/api/v1/partners", "{\"id\":\"" + id + "\",\"format\":\"json\"}").statusCode()).isEqualTo(409);
        assertThat(message(send("admin", "POST", "/api/v1/partners", "{\"id\":\"bad one\",\"format\":\"json\"}"))).contains("id");
        assertThat(send("admin", "POST", "/api/v1/partners", "{\"id\":\"" + id + "-x\",\"format\":\"json\",\"sources\":[{\"type\":\"http\",\"url\":\"http://example.org/feed\"}]}").statusCode()).isEqualTo(400);
        assertThat(send("staff", "POST", "/api/v1/partners", "{\"id\":\"" + id + "-y\",\"format\":\"json\"}").statusCode()).isEqualTo(403);
    }

    private String issue(String who, String role, String partner) throws Exception {
        String body = "{\"name\":\"AccessIT " + who + "\",\"role\":\"" + role + "\""
                + (partner == null ? "" : ",\"partnerId\":\"" + partner + "\"") + "}";
        HttpResponse<String> response = send("admin", "POST", "/api/v1/keys", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode issued = JSON.readTree(response.body());
        keys.put(who, issued.path("secret").asText());
        keyIds.put(who, issued.path("key").path("id").asText());
        return issued.path("key").path("id").asText();
    }

    private HttpResponse<String> send(String who, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (who != null) {
            request.header("Authorization", "ApiKey " + keys.get(who));
        }
        return send(request);
    }

    private HttpResponse<String> bearer(String token, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
    }

    private HttpRequest.Builder preflight(String origin) {
        return HttpRequest.newBuilder(uri("/api/v1/listings")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "x-api-key");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String message(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("message").asText(response.body());
    }

    private static Row row(String method, String path, String body, String... allowed) {
        return new Row(method, path, body, List.of(allowed));
    }

    private record Row(String method, String path, String body, List<String> allowed) {
    }
}
