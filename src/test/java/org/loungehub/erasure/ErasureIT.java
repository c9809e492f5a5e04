package org.loungehub.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loungehub.audit.AuditLog;
import org.loungehub.intake.IntakeProperties;
import org.loungehub.support.EsTestClient;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.Listings;
import org.loungehub.support.Pushes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A person erased end to end through the running hub: pushed with contact data (JSON, and a GB18030 CSV found by
 * the phone their first listing gave), a dead letter holding their e-mail, a vector in the embedding cache, a saved
 * demand's notification and an entity-link correction; erased by e-mail; then looked for in every store, including
 * the inbox files on disk; sent again by the partner, held back, and let back in with new consent.
 */
@HubIntegrationTest
class ErasureIT {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IntakeProperties intake;
    @Autowired
    AuditLog audit;

    private final ObjectMapper json = new ObjectMapper();
    private final ElasticsearchClient es = EsTestClient.create();
    private final String u = Long.toHexString(System.nanoTime());
    private final String email = "li.wei." + u + "@erasure-it.example";
    private final String mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    private final String phone = "+86 " + mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
    private final String name = "李伟" + u;
    private String savedDemand;

    /** A saved demand left behind would keep the shared test hub matching every new listing of later tests. */
    @AfterEach
    void removeSavedDemand() {
        if (savedDemand != null) {
            rest.delete("/api/v1/saved-demands/{id}", savedDemand);
        }
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private String personRecord(String externalId, String consentAt) {
        return """
                {"externalId": "%s", "kind": "talent", "side": "supply", "country": "CN",
                 "title": "毫米波雷达信号处理工程师 %s", "description": "八年车载雷达与养老健康监测算法经验。",
                 "contact": {"name": "%s", "email": "%s", "phone": "%s"},
                 "consent": {"given": true, "at": "%s", "basis": "人才登记表"}}""".formatted(externalId, u, name, email, phone, consentAt);
    }

    private JsonNode get(String path, Object... vars) throws Exception {
        return json.readTree(rest.getForObject(path, String.class, vars));
    }

    private JsonNode await(String what, ThrowingSupplier<JsonNode> read, Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(what + " not reached in time; last: " + last);
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    private Path batchFile(String batchId, String file) {
        return intake.inbox().resolve(batchId).resolve(file);
    }

    private boolean exists(String index, String id) throws Exception {
        es.indices().refresh(r -> r.index(index));
        return es.exists(e -> e.index(index).id(id)).value();
    }

    @Test
    void erasesAPersonFromEveryStoreAndHoldsThemBackWhenSentAgain() throws Exception {
        String person = "lounge-desk:erase-" + u;
        String company = "lounge-desk:erase-co-" + u;
        String other = "lounge-desk:erase-other-" + u;
        String noConsent = "lounge-desk:erase-noconsent-" + u;
        ResponseEntity<String> demand = post("/api/v1/saved-demands", """
                {"name": "erasure %s", "text": "毫米波雷达信号处理工程师 %s", "side": "supply", "kinds": ["talent"],
                 "threshold": 0.3}""".formatted(u, u));
        assertThat(demand.getStatusCode().value()).as(demand.getBody()).isEqualTo(201);
        savedDemand = json.readTree(demand.getBody()).path("id").asText();

        // The person's own listing, another person, a company with the person as its contact, a record that is
        // rejected (unknown kind) but holds their e-mail, and a talent listing without consent.
        JsonNode first = Pushes.pushAndWait(rest, "lounge-desk", "application/json", "[" + personRecord("erase-" + u, "2026-01-05")
                + """
                , {"externalId": "erase-other-%1$s", "kind": "talent", "side": "supply", "country": "CN",
                   "title": "养老机器人结构工程师 %1$s", "contact": {"email": "wang.%1$s@erasure-it.example"},
                   "consent": {"given": "是", "at": "2026-02-01"}}
                , {"externalId": "erase-co-%1$s", "kind": "company", "side": "supply", "country": "CN",
                   "title": "青岛雷达科技有限公司 %1$s", "organization": "青岛雷达科技 %1$s",
                   "contact": {"name": "%2$s", "email": "%3$s"}}
                , {"externalId": "erase-bad-%1$s", "kind": "bogus", "title": "broken", "contact": {"email": "%3$s"}}
                , {"externalId": "erase-noconsent-%1$s", "kind": "talent", "side": "supply", "country": "CN",
                   "title": "海水淡化工艺工程师 %1$s", "contact": {"name": "赵敏", "email": "zhao.%1$s@erasure-it.example"}}]"""
                .formatted(u, name, email));
        assertThat(first.at("/counts/rejected").asInt()).as(first.toString()).isEqualTo(1);
        String firstBatch = first.path("batchId").asText();

        // Consent: the talent listing without it is indexed without contact data, with a warning naming the record.
        assertThat(first.path("warnings").toString()).contains("\"recordNumber\":5").contains("consent.given");
        JsonNode withoutConsent = get("/api/v1/listings/{id}", noConsent);
        assertThat(withoutConsent.has("contact")).isFalse();
        assertThat(withoutConsent.toString()).doesNotContain("zhao." + u).contains("海水淡化工艺工程师");
        assertThat(get("/api/v1/listings/{id}", person).at("/consent/given").asBoolean()).isTrue();

        // The same person in a GB18030 CSV of the same partner, found by the phone their first listing gave.
        String csv = "externalId,kind,side,title,contact.name,contact.phone,consent.given\n"
                + "erase-csv-" + u + ",人才,supply,雷达算法专家 " + u + "," + name + "," + mobile.substring(0, 3) + "-"
                + mobile.substring(3, 7) + "-" + mobile.substring(7) + ",是\n"
                + "erase-csv-other-" + u + ",人才,supply,无人机飞控工程师 " + u + ",王芳,13700000000,否\n";
        JsonNode second = Pushes.pushAndWait(rest, "lounge-desk", "text/csv; charset=GB18030", csv.getBytes(GB18030));
        assertThat(second.at("/counts/indexed").asInt()).as(second.toString()).isEqualTo(2);
        String secondBatch = second.path("batchId").asText();

        // Things that hang on the listing: its vector in the cache, a notification, an entity-link correction.
        Map<?, ?> embedded = Listings.await(es, person, doc -> doc.get("embeddingHash") != null, "embedded", Duration.ofSeconds(240));
        String cacheKey = embedded.get("embeddingHash").toString();
        assertThat(exists("it-embedding-cache", cacheKey)).isTrue();
        await("a notification", () -> get("/api/v1/saved-demands/{id}/notifications", savedDemand),
                n -> n.toString().contains(person));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.exchange("/api/v1/listings/{id}/entity", HttpMethod.PUT, new HttpEntity<>(
                "{\"entityId\": \"CN|self-employed " + u + "\", \"reason\": \"freelancer\"}", headers), String.class, person)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(exists("it-entity-links", person)).isTrue();

        ResponseEntity<String> erased = post("/api/v1/erasures", """
                {"email": "%s", "reason": "data subject request DSR-%s"}""".formatted(email.toUpperCase(), u));

        assertThat(erased.getStatusCode().value()).as(erased.getBody()).isEqualTo(201);
        JsonNode record = json.readTree(erased.getBody());
        String id = record.path("id").asText();
        assertThat(record.path("status").asText()).isEqualTo("done");
        assertThat(record.path("given").toString()).isEqualTo("[\"email\"]");
        assertThat(record.at("/stores/listings/deleted").asInt()).isEqualTo(2);
        assertThat(record.at("/stores/listings/stripped").asInt()).isEqualTo(1);
        assertThat(record.at("/stores/inbox/payloadsRewritten").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(record.at("/stores/deadLetters/removed").asInt()).isEqualTo(1);
        assertThat(record.at("/stores/embeddingCache/deleted").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(record.at("/stores/notifications/deleted").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(record.at("/stores/entityLinks/deleted").asInt()).isEqualTo(1);
        assertThat(record.path("subjectHashes").size()).isGreaterThanOrEqualTo(3);
        assertThat(erased.getBody()).doesNotContainIgnoringCase(email).doesNotContain(mobile).doesNotContain(name)
                .contains("DSR-" + u);

        // The listings: the person's are gone from get and search; the company stays without them.
        assertThat(rest.getForEntity("/api/v1/listings/{id}", String.class, person).getStatusCode().value()).isEqualTo(404);
        assertThat(rest.getForEntity("/api/v1/listings/{id}", String.class, "lounge-desk:erase-csv-" + u).getStatusCode().value())
                .isEqualTo(404);
        assertThat(get("/api/v1/listings?q={q}&kind=talent&size=100", "毫米波雷达信号处理工程师").toString())
                .doesNotContain(person + "\"");
        JsonNode stripped = get("/api/v1/listings/{id}", company);
        assertThat(stripped.has("contact")).isFalse();
        assertThat(stripped.toString()).doesNotContainIgnoringCase(email).doesNotContain(name).contains("青岛雷达科技有限公司");
        assertThat(get("/api/v1/listings/{id}", other).at("/contact/email").asText()).isEqualTo("wang." + u + "@erasure-it.example");

        // The inbox archive on disk: no byte of the person left, the other records' bytes as received.
        assertThat(new String(Files.readAllBytes(batchFile(firstBatch, "payload")), StandardCharsets.UTF_8))
                .doesNotContainIgnoringCase(email).doesNotContain(name).doesNotContain(mobile.substring(3, 7) + " " + mobile.substring(7))
                .contains("wang." + u + "@erasure-it.example").contains("zhao." + u);
        byte[] csvNow = Files.readAllBytes(batchFile(secondBatch, "payload"));
        assertThat(csvNow).isEqualTo(csv.replace(name, "[erased]")
                .replace(mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7), "[erased]").getBytes(GB18030));
        assertThat(get("/api/v1/batches/{id}", secondBatch).path("erasures").toString()).contains(id).contains("rewritten");

        // The dead letter that held the e-mail is gone, file and API alike; the batch's counts are as they were.
        assertThat(new String(Files.readAllBytes(batchFile(firstBatch, "rejected.ndjson")), StandardCharsets.UTF_8))
                .doesNotContainIgnoringCase(email);
        assertThat(get("/api/v1/partners/lounge-desk/dead-letters?batchId={b}", firstBatch)).isEmpty();
        assertThat(get("/api/v1/batches/{id}", firstBatch).path("counts")).isEqualTo(first.path("counts"));

        // What hung on the listing.
        assertThat(exists("it-embedding-cache", cacheKey)).isFalse();
        assertThat(get("/api/v1/saved-demands/{id}/notifications", savedDemand).toString()).doesNotContain(person);
        assertThat(exists("it-entity-links", person)).isFalse();

        // The record, by id and in the list, and the audit trail.
        assertThat(get("/api/v1/erasures/{id}", id).path("stores")).isEqualTo(record.path("stores"));
        assertThat(get("/api/v1/erasures").toString()).contains(id);
        audit.flush();
        es.indices().refresh(r -> r.index("it-audit-log"));
        assertThat(get("/api/v1/audit?action=erasure").toString()).contains(id);

        // Safe to run again: nothing is left to find.
        JsonNode again = json.readTree(post("/api/v1/erasures", "{\"email\": \"" + email + "\", \"reason\": \"again\"}").getBody());
        assertThat(again.at("/stores/listings/found").asInt()).isZero();
        assertThat(again.at("/stores/inbox/payloadsRewritten").asInt() + again.at("/stores/deadLetters/removed").asInt()).isZero();

        // The partner sends the person again: held back (recognised by the listing id and the e-mail), with a warning
        // naming the record and the latest erasure, and masked in the new payload.
        JsonNode resent = Pushes.pushAndWait(rest, "lounge-desk", "application/json", "[" + personRecord("erase-" + u, "2026-01-05") + "]");
        assertThat(resent.path("warnings").toString()).contains("\"recordNumber\":1").contains("\"field\":\"externalId\"")
                .contains("erasure " + again.path("id").asText()).doesNotContainIgnoringCase(email);
        assertThat(rest.getForEntity("/api/v1/listings/{id}", String.class, person).getStatusCode().value()).isEqualTo(404);
        assertThat(new String(Files.readAllBytes(batchFile(resent.path("batchId").asText(), "payload")), StandardCharsets.UTF_8))
                .doesNotContainIgnoringCase(email).contains("毫米波雷达信号处理工程师");

        // ... unless the person came back: consent given after the erasure.
        Pushes.pushAndWait(rest, "lounge-desk", "application/json", "[" + personRecord("erase-" + u, Instant.now().toString()) + "]");
        assertThat(get("/api/v1/listings/{id}", person).at("/contact/email").asText()).isEqualToIgnoringCase(email);
    }

    @Test
    void erasesAForeignPhoneInEveryFormItIsWritten() throws Exception {
        // A British mobile, written nationally in a GB listing, internationally in one of the partner's default
        // country (CN) and with the US international prefix in a US company's: each stored in E.164.
        String digits = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String own = "lounge-desk:erase-gb-" + u;
        String second = "lounge-desk:erase-gb-cn-" + u;
        String company = "lounge-desk:erase-gb-co-" + u;
        JsonNode batch = Pushes.pushAndWait(rest, "lounge-desk", "application/json", """
                [{"externalId": "erase-gb-%1$s", "kind": "talent", "side": "supply", "country": "GB",
                  "title": "Radar signal processing engineer %1$s", "contact": {"name": "Oliver Reed", "phone": "07400 %2$s"},
                  "consent": {"given": true, "at": "2026-01-05"}},
                 {"externalId": "erase-gb-cn-%1$s", "kind": "talent", "side": "supply",
                  "title": "Drone flight control engineer %1$s", "contact": {"phone": "0044 (0)7400.%2$s"},
                  "consent": {"given": true, "at": "2026-01-05"}},
                 {"externalId": "erase-gb-co-%1$s", "kind": "company", "side": "supply", "country": "US",
                  "title": "Radar imaging start-up %1$s", "organization": "Radar imaging %1$s",
                  "contact": {"phone": "011 44 7400 %2$s"}}]""".formatted(u, digits));
        assertThat(batch.at("/counts/indexed").asInt()).as(batch.toString()).isEqualTo(3);
        assertThat(batch.path("warnings")).as(batch.toString()).isEmpty();
        for (String id : List.of(own, second, company)) {
            assertThat(get("/api/v1/listings/{id}", id).at("/contact/phone").asText()).as(id).isEqualTo("+447400" + digits);
        }

        ResponseEntity<String> erased = post("/api/v1/erasures", """
                {"phone": "(07400) %s-%s", "country": "gb", "reason": "DSR-gb-%s"}"""
                .formatted(digits.substring(0, 3), digits.substring(3), u));

        assertThat(erased.getStatusCode().value()).as(erased.getBody()).isEqualTo(201);
        JsonNode record = json.readTree(erased.getBody());
        assertThat(record.path("given").toString()).isEqualTo("[\"phone\"]");
        assertThat(record.at("/stores/listings/deleted").asInt()).as(erased.getBody()).isEqualTo(2);
        assertThat(record.at("/stores/listings/stripped").asInt()).as(erased.getBody()).isEqualTo(1);
        assertThat(erased.getBody()).doesNotContain("7400" + digits);
        assertThat(rest.getForEntity("/api/v1/listings/{id}", String.class, own).getStatusCode().value()).isEqualTo(404);
        assertThat(rest.getForEntity("/api/v1/listings/{id}", String.class, second).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/v1/listings/{id}", company).has("contact")).isFalse();
        String payload = new String(Files.readAllBytes(batchFile(batch.path("batchId").asText(), "payload")), StandardCharsets.UTF_8);
        assertThat(payload).doesNotContain("7400 " + digits, "7400." + digits, "0044 (0)", "011 44")
                .contains("\"phone\": \"[erased]\"}}]").contains("Radar imaging start-up");

        // Sent again: a listing in E.164, and a rejected record (no country read, so its national digits), both
        // recognised by the hashes of those forms.
        JsonNode resent = Pushes.pushAndWait(rest, "lounge-desk", "application/json", """
                [{"externalId": "erase-gb-again-%1$s", "kind": "company", "side": "supply", "country": "IL",
                  "title": "Antenna design studio %1$s", "organization": "Antenna studio %1$s",
                  "contact": {"phone": "+44 7400 %2$s"}},
                 {"externalId": "erase-gb-bad-%1$s", "kind": "bogus", "title": "broken", "contact": {"phone": "07400-%2$s"}}]"""
                .formatted(u, digits));
        assertThat(resent.at("/counts/rejected").asInt()).as(resent.toString()).isEqualTo(1);
        assertThat(resent.path("warnings").toString()).contains("\"field\":\"contact.phone\"")
                .contains("erasure " + record.path("id").asText()).doesNotContain("7400 " + digits, "7400-" + digits);
        assertThat(get("/api/v1/listings/{id}", "lounge-desk:erase-gb-again-" + u).has("contact")).isFalse();
        assertThat(get("/api/v1/partners/lounge-desk/dead-letters?batchId={b}", resent.path("batchId").asText())).isEmpty();
    }

    @Test
    void onlyStaffMayEraseAndTheRequestMustNameThePerson() throws Exception {
        String secret = json.readTree(post("/api/v1/keys", "{\"name\": \"erasure-it " + u + "\", \"role\": \"enterprise\"}")
                .getBody()).path("secret").asText();
        HttpHeaders enterprise = new HttpHeaders();
        enterprise.setContentType(MediaType.APPLICATION_JSON);
        enterprise.set("X-Api-Key", secret);
        assertThat(rest.exchange("/api/v1/erasures", HttpMethod.POST, new HttpEntity<>(
                "{\"email\": \"x@example.org\", \"reason\": \"r\"}", enterprise), String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(rest.exchange("/api/v1/erasures", HttpMethod.GET, new HttpEntity<>(enterprise), String.class)
                .getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> nobody = post("/api/v1/erasures", "{\"reason\": \"r\"}");
        assertThat(nobody.getStatusCode().value()).isEqualTo(400);
        assertThat(nobody.getBody()).contains("at least one of email, phone and listingIds");
        assertThat(post("/api/v1/erasures", "{\"email\": \"x@example.org\"}").getStatusCode().value()).isEqualTo(400);
        assertThat(rest.getForEntity("/api/v1/erasures/er-none", String.class).getStatusCode().value()).isEqualTo(404);
    }
}
