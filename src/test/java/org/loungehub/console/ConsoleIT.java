package org.loungehub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loungehub.access.Caller;
import org.loungehub.access.Role;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.Pushes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The console over HTTP, as a browser would use it (cookies, CSRF tokens from the forms), per role: sign-in and
 * lock-out, what staff and partner users may reach, escaping of partner text, languages and security headers.
 */
@HubIntegrationTest
// Counterparts are ranked over the whole index: indices of its own keep other classes' listings out of them.
@TestPropertySource(properties = "hub.elasticsearch.index-prefix=it-console-")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIT {

    static final String PASSWORD = "console-it-password-1";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Accounts accounts;
    @LocalServerPort
    int port;

    /** Random letters only: the Chinese analyzer cuts a word where letters meet digits. */
    private final String word = "consolit" + letters();
    private final String staff = "staff-" + word;
    private final String desk = "desk-" + word;
    private final String csl = "csl-" + word;
    private final String demandId = "console-" + word + "-demand";
    private final String scriptId = "console-" + word + "-script";
    private final String cslId = "console" + word + "csl";
    private final String deskListing = "lounge-desk:" + demandId;
    private final String cslListing = "csl-offers:" + cslId;
    private final String deskEmail = "dana." + word + "@example.org";

    static String letters() {
        StringBuilder letters = new StringBuilder();
        UUID.randomUUID().toString().replace("-", "").chars().limit(10).forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }

    @BeforeAll
    void setUp() throws Exception {
        Caller admin = new Caller("console-it", Role.ADMIN, null);
        accounts.create(new AccountRequest(staff, PASSWORD, "staff", null), admin);
        accounts.create(new AccountRequest(desk, PASSWORD, "partner", "lounge-desk"), admin);
        accounts.create(new AccountRequest(csl, PASSWORD, "partner", "csl-offers"), admin);
        Pushes.pushAndWait(rest, "lounge-desk", "application/json", """
                [{"externalId": "%s", "kind": "technology", "side": "demand", "country": "CN",
                  "title": "Seeking %s radar for elderly care homes", "description": "Contactless %s monitoring of residents.",
                  "contact": {"name": "Dana Levi", "email": "%s"}},
                 {"externalId": "%s", "kind": "technology", "side": "demand", "country": "CN",
                  "title": "<script>alert('%s')</script> 雷达", "description": "%s"}]"""
                .formatted(demandId, word, word, deskEmail, scriptId, word, word));
        Pushes.pushAndWait(rest, "csl-offers", "text/csv", ("成果编号,成果名称,成果简介,关键词,学科领域\n"
                + cslId + "," + word + " radar offer," + word + " sensors for radar,雷达,电子科学与技术\n")
                .getBytes(Charset.forName("GB18030")));
    }

    @Test
    void sendsAnonymousVisitorsToTheSignInForm() throws Exception {
        ConsoleClient anonymous = new ConsoleClient(port);
        for (String page : List.of("/console", "/console/overview", "/console/search", "/console/listing?id=x")) {
            HttpResponse<String> answer = anonymous.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(ConsoleClient.location(answer)).as(page).endsWith("/login");
        }
        HttpResponse<String> form = anonymous.get("/login");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<label for=\"username\">用户名</label>", "<label for=\"password\">密码</label>");
    }

    @Test
    void signsStaffInAndShowsTheOverviewWithChartData() throws Exception {
        ConsoleClient browser = new ConsoleClient(port);
        HttpResponse<String> signedIn = browser.signIn(staff, PASSWORD);
        assertThat(ConsoleClient.location(signedIn)).endsWith("/console");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("HUB_CONSOLE=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(ConsoleClient.location(browser.get("/console"))).endsWith("/console/overview");

        HttpResponse<String> overview = browser.get("/console/overview");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("<h1>驾驶舱</h1>", "id=\"chart-kind\"", "id=\"chart-gap\"",
                "data-chart=\"{&quot;type&quot;:&quot;gap&quot;");
        assertThat(overview.body()).contains("&quot;技术&quot;"); // kinds named in the page's language
    }

    @Test
    void escapesPartnerTextAndHighlightsMatchesInSearch() throws Exception {
        ConsoleClient browser = signedIn(staff);
        HttpResponse<String> page = browser.get("/console/search?q=" + word);
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("找到 3 条信息");
        assertThat(body).contains("&lt;script&gt;alert(&#39;" + word + "&#39;)&lt;/script&gt; 雷达");
        assertThat(body).doesNotContain("<script>alert");
        assertThat(body).contains("<mark>" + word + "</mark>");
        assertThat(body).contains("href=\"/console/listing?id=" + deskListing + "\"");
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        ConsoleClient browser = signedIn(staff);
        String fragment = browser.getWithHeader("/console/search?q=" + word + "&side=supply", "HX-Request", "true").body();
        assertThat(fragment).startsWith("<div id=\"results\">").contains("找到 1 条信息").doesNotContain("<html");
    }

    @Test
    void exportsTheSearchAsCsv() throws Exception {
        ConsoleClient browser = signedIn(staff);
        HttpResponse<byte[]> csv = browser.getBytes("/console/search/export.csv?q=" + word + "&side=supply");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(2);
        assertThat(text).contains(word + " radar offer");
    }

    @Test
    void showsStaffAListingWithContactsOriginalAndExplainedCounterparts() throws Exception {
        ConsoleClient browser = signedIn(staff);
        HttpResponse<String> page = browser.get("/console/listing?id=" + URLEncoder.encode(deskListing, StandardCharsets.UTF_8));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Seeking " + word + " radar for elderly care homes", deskEmail, "id=\"original\"");
        assertThat(body).contains(word + " radar offer"); // the other partner's offer answers this demand
        assertThat(body).contains("<meter min=\"0\"", "词语（BM25）", "<mark>" + word + "</mark>");
    }

    @Test
    void keepsPartnerUsersToTheirOwnListings() throws Exception {
        ConsoleClient browser = signedIn(desk);
        assertThat(ConsoleClient.location(browser.get("/console"))).endsWith("/console/search");
        assertThat(browser.get("/console/overview").statusCode()).isEqualTo(403);

        String results = browser.get("/console/search?q=" + word).body();
        assertThat(results).contains("找到 2 条信息").doesNotContain(word + " radar offer");
        assertThat(browser.get("/console/listing?id=" + URLEncoder.encode(cslListing, StandardCharsets.UTF_8)).statusCode()).isEqualTo(404);

        String own = browser.get("/console/listing?id=" + URLEncoder.encode(deskListing, StandardCharsets.UTF_8)).body();
        assertThat(own).contains(deskEmail).doesNotContain(word + " radar offer");

        ConsoleClient other = signedIn(csl);
        HttpResponse<String> theirs = other.get("/console/listing?id=" + URLEncoder.encode(deskListing, StandardCharsets.UTF_8));
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).doesNotContain(deskEmail);
    }

    @Test
    void refusesFormsWithoutTheirCsrfToken() throws Exception {
        ConsoleClient browser = new ConsoleClient(port);
        browser.get("/login");
        HttpResponse<String> signIn = browser.post("/login", Map.of("username", staff, "password", PASSWORD));
        assertThat(signIn.statusCode()).as(ConsoleClient.location(signIn)).isEqualTo(403);
        assertThat(browser.get("/console/search").statusCode()).isEqualTo(302);

        ConsoleClient signedIn = signedIn(staff);
        assertThat(signedIn.post("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(signedIn.get("/console/search").statusCode()).isEqualTo(200);
    }

    @Test
    void signsOutWithTheFormsToken() throws Exception {
        ConsoleClient browser = signedIn(staff);
        String page = browser.get("/console/search").body();
        HttpResponse<String> out = browser.post("/logout", Map.of("_csrf", ConsoleClient.csrf(page)));
        assertThat(ConsoleClient.location(out)).endsWith("/login?signedOut");
        assertThat(browser.get("/console/search").statusCode()).isEqualTo(302);
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswords() throws Exception {
        String user = "locked-" + word;
        accounts.create(new AccountRequest(user, PASSWORD, "staff", null), new Caller("console-it", Role.ADMIN, null));
        ConsoleClient browser = new ConsoleClient(port);
        for (int i = 1; i <= 4; i++) {
            assertThat(ConsoleClient.location(browser.signIn(user, "wrong-password-" + i))).endsWith("/login?error");
        }
        assertThat(accounts.find(user).orElseThrow().lockedUntil()).isNull();
        assertThat(ConsoleClient.location(browser.signIn(user, "wrong-password-5"))).endsWith("/login?error");
        assertThat(accounts.find(user).orElseThrow().lockedUntil()).isNotNull();
        assertThat(ConsoleClient.location(browser.signIn(user, PASSWORD))).endsWith("/login?locked");
        assertThat(browser.get("/console/search").statusCode()).isEqualTo(302);
    }

    @Test
    void switchesToEnglishAndKeepsIt() throws Exception {
        ConsoleClient browser = signedIn(staff);
        assertThat(browser.get("/console/search").body()).contains("搜索词（中文或英文）", "href=\"/console/search?lang=en\"");
        assertThat(browser.get("/console/overview?lang=en").body()).contains("<h1>Overview</h1>", "&quot;Technology&quot;");
        assertThat(browser.get("/console/search").body()).contains("Search words (Chinese or English)");
        assertThat(browser.cookie("HUB_CONSOLE_LANG").orElseThrow().getValue()).isEqualTo("en");
    }

    @Test
    void sendsAStrictContentSecurityPolicyAndNoInlineScriptOrStyle() throws Exception {
        ConsoleClient browser = signedIn(staff);
        for (String path : List.of("/console/overview", "/console/search?q=" + word,
                "/console/listing?id=" + URLEncoder.encode(deskListing, StandardCharsets.UTF_8))) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValue(ConsoleSecurity.CSP);
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(page.body()).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                    .doesNotContainPattern("\\son[a-z]+=").doesNotContain(" style=").doesNotContain("<style");
        }
    }

    @Test
    void servesTheBrowserAssetsFromTheHub() throws Exception {
        ConsoleClient anonymous = new ConsoleClient(port);
        for (String asset : List.of("/webjars/htmx.org/dist/htmx.min.js", "/webjars/echarts/dist/echarts.min.js",
                "/webjars/echarts/i18n/langZH.js", "/console/assets/console.js", "/console/assets/console.css")) {
            assertThat(anonymous.get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void letsAnAdminCreateSignInsThroughTheApi() throws Exception {
        String user = "api-" + word;
        String body = "{\"username\": \"%s\", \"password\": \"%s\", \"role\": \"partner\", \"partnerId\": \"lounge-desk\"}"
                .formatted(user, PASSWORD);
        org.springframework.http.HttpHeaders json = new org.springframework.http.HttpHeaders();
        json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        org.springframework.http.ResponseEntity<String> created = rest.postForEntity("/api/v1/accounts",
                new org.springframework.http.HttpEntity<>(body, json), String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        assertThat(created.getBody()).contains("\"username\":\"" + user + "\"", "\"partnerId\":\"lounge-desk\"")
                .doesNotContain("password", "bcrypt");
        org.springframework.http.ResponseEntity<String> again = rest.postForEntity("/api/v1/accounts",
                new org.springframework.http.HttpEntity<>(body, json), String.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        org.springframework.http.ResponseEntity<String> weak = rest.postForEntity("/api/v1/accounts",
                new org.springframework.http.HttpEntity<>(body.replace(PASSWORD, "short"), json), String.class);
        assertThat(weak.getStatusCode().value()).isEqualTo(400);
        assertThat(ConsoleClient.location(new ConsoleClient(port).signIn(user, PASSWORD))).endsWith("/console");
    }

    @Test
    void theDemoPrintsAStaffAndAPartnerSignInThatWork(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("demo-keys.txt");
        java.nio.file.Files.writeString(file, "# demo keys\nstaff=lh_demo\n");
        org.loungehub.access.AccessProperties demo = new org.loungehub.access.AccessProperties(null, true, file,
                java.time.Duration.ofSeconds(10), java.time.Duration.ofHours(24),
                new org.loungehub.access.AccessProperties.RateLimit(600, 120),
                org.springframework.util.unit.DataSize.ofMegabytes(1), List.of(),
                new org.loungehub.access.AccessProperties.Oidc(null, null, null, "roles"));
        new DemoAccounts(accounts, demo).create();

        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines).hasSize(5).startsWith("# demo keys", "staff=lh_demo");
        String staffLine = lines.get(3);
        String partnerLine = lines.get(4);
        assertThat(staffLine).startsWith("console-staff demo-staff=");
        assertThat(partnerLine).startsWith("console-partner(lounge-desk) demo-partner=");
        ConsoleClient staffBrowser = new ConsoleClient(port);
        assertThat(ConsoleClient.location(staffBrowser.signIn("demo-staff", staffLine.substring(staffLine.indexOf('=') + 1))))
                .endsWith("/console");
        assertThat(staffBrowser.get("/console/overview").statusCode()).isEqualTo(200);
        ConsoleClient partnerBrowser = new ConsoleClient(port);
        assertThat(ConsoleClient.location(partnerBrowser.signIn("demo-partner", partnerLine.substring(partnerLine.indexOf('=') + 1))))
                .endsWith("/console");
        assertThat(partnerBrowser.get("/console/overview").statusCode()).isEqualTo(403);
    }

    private ConsoleClient signedIn(String user) throws Exception {
        ConsoleClient browser = new ConsoleClient(port);
        assertThat(ConsoleClient.location(browser.signIn(user, PASSWORD))).endsWith("/console");
        return browser;
    }
}
