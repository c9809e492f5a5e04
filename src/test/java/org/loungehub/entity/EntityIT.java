package org.loungehub.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.loungehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The same organization from two partners, spelled differently, is one entity; staff can move a listing out. */
@HubIntegrationTest
class EntityIT {

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();

    private void pushAndWait(String partner, String contentType, String body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Content-Type", contentType);
        ResponseEntity<String> accepted = rest.exchange("/api/v1/partners/" + partner + "/listings", HttpMethod.POST,
                new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers), String.class);
        String batchId = json.readTree(accepted.getBody()).path("batchId").asText();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (json.readTree(rest.getForObject("/api/v1/batches/" + batchId, String.class)).path("status").asText().equals("done")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch did not finish");
    }

    private JsonNode entity(String entityId) throws Exception {
        ResponseEntity<String> response = rest.getForEntity("/api/v1/entities/{id}", String.class, entityId);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    @Test
    void linksOneOrganizationAcrossPartnersAndKeepsAStaffCorrectionAcrossPushes() throws Exception {
        String company = "{\"registryNumber\":\"ent-1\",\"name\":\"Oryx Vision Ltd.\",\"description\":\"Coherent lidar for cars\","
                + "\"categoryId\":5,\"websiteUrl\":\"https://oryx.example\",\"addresses\":[{\"city\":\"תל אביב\",\"lat\":32.08,\"lon\":34.78}]}\n";
        String job = "company,category,size,title,level,city,url,updated\n"
                + "ORYX VISION,Automotive,m,Lidar Engineer,Senior,תל אביב,https://jobs.example/oryx/1,2026-07-01\n";
        pushAndWait("techmap-companies", "application/x-ndjson", company);
        pushAndWait("techmap-jobs", "text/csv", job);

        JsonNode linked = entity("IL|oryx vision");
        assertThat(linked.path("partners").toString()).contains("techmap-companies").contains("techmap-jobs");
        assertThat(linked.path("listings")).hasSize(2);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> corrected = rest.exchange("/api/v1/listings/{id}/entity", HttpMethod.PUT,
                new HttpEntity<>("{\"entityId\":\"IL|oryx recruiting agency\",\"reason\":\"posted by an agency\"}", headers),
                String.class, "techmap-jobs:https://jobs.example/oryx/1");
        assertThat(corrected.getStatusCode().value()).as(corrected.getBody()).isEqualTo(200);

        assertThat(entity("IL|oryx vision").path("listings")).hasSize(1);
        pushAndWait("techmap-jobs", "text/csv", job.replace("Lidar Engineer", "Senior Lidar Engineer"));
        JsonNode agency = entity("IL|oryx recruiting agency");
        assertThat(agency.path("listings")).hasSize(1);
        assertThat(agency.at("/listings/0/title").asText()).isEqualTo("Senior Lidar Engineer");
        assertThat(agency.at("/listings/0/corrected").asBoolean()).isTrue();
    }

    @Test
    void anUnknownEntityIsA404() {
        assertThat(rest.getForEntity("/api/v1/entities/{id}", String.class, "XX|nobody").getStatusCode().value()).isEqualTo(404);
    }
}
