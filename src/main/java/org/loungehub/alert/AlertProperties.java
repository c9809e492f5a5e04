package org.loungehub.alert;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether new listings are matched against saved demands
 * @param interval how often new listings are looked for
 * @param vectorGrace how long a new listing may wait for its vector before it is matched without it
 * @param state file remembering up to where listings were matched (survives restarts)
 * @param webhookAttempts deliveries tried per notification before it is marked failed
 * @param allowPrivateWebhooks whether webhooks may point to loopback, private and link-local addresses (internal
 *                             receivers, tests); off, only public internet addresses are posted to (no SSRF)
 */
@ConfigurationProperties("hub.alerts")
public record AlertProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5s") Duration interval,
        @DefaultValue("60s") Duration vectorGrace,
        @DefaultValue("var/alerts/watermark") Path state,
        @DefaultValue("4") int webhookAttempts,
        @DefaultValue("false") boolean allowPrivateWebhooks) {
}
