package org.loungehub.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A partner of a test's own: a shipped partner's configuration (infra/partners) under a fresh id, created through
 * the API. Its listings are the test's alone, so counts, rankings and facets can be asserted exactly while other
 * test classes push to the shared hub.
 */
public final class TestPartners {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestPartners() {
    }

    /** A new partner configured as {@code shipped}, with an id that starts with {@code prefix}; returns the id. */
    @SuppressWarnings("unchecked")
    public static String like(TestRestTemplate rest, String shipped, String prefix) {
        Map<String, Object> config;
        try {
            config = new LinkedHashMap<>(YAML.readValue(Path.of("infra/partners", shipped + ".yaml").toFile(), Map.class));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped partner " + shipped, e);
        }
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        config.put("id", id);
        config.put("name", config.get("name") + " (" + id + ")");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> created;
        try {
            created = rest.postForEntity("/api/v1/partners", new HttpEntity<>(JSON.writeValueAsString(config), headers), String.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (created.getStatusCode().value() != 201) {
            throw new AssertionError("partner " + id + " not created: " + created.getStatusCode() + " " + created.getBody());
        }
        return id;
    }
}
