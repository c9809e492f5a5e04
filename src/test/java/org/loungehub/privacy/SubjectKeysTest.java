package org.loungehub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectKeysTest {

    private final SubjectKeys keys = new SubjectKeys("a secret of the hub".getBytes(StandardCharsets.UTF_8));

    @Test
    void hashesWithTheHubsSecretAndNeverShowsTheValue() {
        String hash = keys.email("li.wei@example.cn");
        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("li.wei");
        assertThat(keys.email(" Li.Wei@Example.cn ")).isEqualTo(hash);
        assertThat(new SubjectKeys("another secret".getBytes(StandardCharsets.UTF_8)).email("li.wei@example.cn"))
                .isNotEqualTo(hash);
        assertThat(keys.phone("+8613800138000")).isNotEqualTo(keys.email("+8613800138000"));
    }

    @Test
    void coversEveryFormAPhoneIsStoredIn() {
        // A listing without a country keeps a Chinese mobile as its digits; one in CN has it in E.164.
        assertThat(keys.phoneForms("+8613800138000"))
                .contains(keys.phone("+8613800138000"), keys.phone("13800138000"), keys.phone("8613800138000"));
        assertThat(PhoneForms.of("+97231234567")).contains("+97231234567", "031234567", "97231234567");
        assertThat(PhoneForms.of("0532123456")).containsExactly("0532123456");
    }

    @Test
    void makesItsSecretOnceAndKeepsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("privacy/salt");
        SubjectKeys first = new SubjectKeys(new PrivacyProperties(null, file));
        SubjectKeys second = new SubjectKeys(new PrivacyProperties("", file));

        assertThat(Files.readString(file).strip()).matches("[0-9a-f]{64}");
        assertThat(second.email("li.wei@example.cn")).isEqualTo(first.email("li.wei@example.cn"));
        assertThat(new SubjectKeys(new PrivacyProperties("given", file)).email("li.wei@example.cn"))
                .isNotEqualTo(first.email("li.wei@example.cn"));
    }
}
