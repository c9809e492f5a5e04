package org.loungehub.privacy;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secret that keys the hashes of erased people (HMAC-SHA256). Whoever holds the hashes without it cannot test
 * guessed e-mail addresses or phone numbers against them. Every hub instance sharing a cluster needs the same one;
 * losing it makes the recorded erasures unrecognisable (re-sent people are no longer held back).
 *
 * @param salt the secret itself (HUB_PRIVACY_SALT); empty: read from saltFile
 * @param saltFile where the secret is kept when not given; made (random, 32 bytes) on first use
 */
@ConfigurationProperties("hub.privacy")
public record PrivacyProperties(String salt, @DefaultValue("var/privacy/salt") Path saltFile) {
}
