package org.loungehub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loungehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The local demo's keys, issued the way the demo issues them at start-up, against the running hub: one key per role,
 * printed and written to a file only its owner may read; each works at once with exactly its role's rights; the next
 * start's keys end the previous ones.
 */
@HubIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoKeysIT {

    private static final String PARTNER = "partner(" + DemoKeys.PARTNER + ")";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApiKeys keys;
    @TempDir
    Path dir;

    @Test
    void everyStartIssuesOneFreshKeyPerRoleAndEndsThePreviousOnes(CapturedOutput output) throws Exception {
        Path file = dir.resolve("var/demo-keys.txt");

        new DemoKeys(keys, file).issue();

        Map<String, String> first = read(file);
        assertThat(first).containsOnlyKeys("admin", "staff", PARTNER, "enterprise");
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(output.toString()).contains("Demo mode").contains(file.toAbsolutePath().toString())
                .contains("staff=" + first.get("staff")).contains(PARTNER + "=" + first.get(PARTNER));

        // Each key has exactly its role.
        assertThat(status(first.get("admin"), "/api/v1/keys")).isEqualTo(200);
        assertThat(status(first.get("staff"), "/api/v1/keys")).isEqualTo(403);
        assertThat(status(first.get("staff"), "/api/v1/audit")).isEqualTo(200);
        assertThat(status(first.get(PARTNER), "/api/v1/partners/" + DemoKeys.PARTNER + "/batches")).isEqualTo(200);
        assertThat(status(first.get(PARTNER), "/api/v1/partners/csl-offers/batches")).isEqualTo(403);
        assertThat(status(first.get("enterprise"), "/api/v1/listings?q=radar")).isEqualTo(200);
        assertThat(status(first.get("enterprise"), "/api/v1/audit")).isEqualTo(403);

        // The next start: new keys work, the previous ones are refused at once.
        new DemoKeys(keys, file).issue();

        Map<String, String> second = read(file);
        assertThat(second).containsOnlyKeys(first.keySet());
        for (String role : first.keySet()) {
            assertThat(second.get(role)).as(role).isNotEqualTo(first.get(role));
            assertThat(status(first.get(role), "/api/v1/listings?q=radar")).as(role + " of the previous start").isEqualTo(401);
            assertThat(status(second.get(role), "/api/v1/listings?q=radar")).as(role).isEqualTo(200);
        }
    }

    private static Map<String, String> read(Path file) throws Exception {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.startsWith("#")) {
                keys.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return keys;
    }

    private int status(String key, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value();
    }
}
