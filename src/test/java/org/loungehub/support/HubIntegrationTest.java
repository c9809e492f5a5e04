package org.loungehub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** The whole hub on a random port, against the shared real test node and the test partners' feed servers. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestNode.class)
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.elasticsearch.index-prefix=it-",
        "hub.intake.inbox=target/it-inbox/${random.uuid}",
        "hub.privacy.salt-file=target/it-privacy/salt",
        "hub.demo.enabled=false",
        "hub.intake.created-partners-dir=target/it-partners/${random.uuid}",
        "hub.alerts.state=target/it-alerts/${random.uuid}/watermark",
        "hub.alerts.interval=1s",
        // The tests' webhook receivers listen on loopback, which a deployed hub refuses (SSRF).
        "hub.alerts.allow-private-webhooks=true",
        "hub.security.bootstrap-admin-key=" + TestApiKeys.ADMIN,
        // the failure policy, short: a test waits seconds, not minutes, for a retry, a resume or an open breaker
        "hub.failures.initial-backoff=50ms",
        "hub.failures.breaker-open-for=1s",
        "hub.failures.route-redeliveries=0",
        "hub.intake.resume-after=1s",
        "hub.security.cors-allowed-origins=https://console.lounge.example",
        // the tests poll a lot with the admin key; AccessIT tests the limit with a key of its own
        "hub.security.rate-limit.per-minute=100000",
        // console tests sign in often from one address; SignInThrottleTest tests the brake itself
        "hub.console.sign-ins-per-minute=100000",
        "logging.file.name=target/test-logs/hub.log"})
@ContextConfiguration(initializers = {TestFeedServers.class, TestOidc.class})
@Import(TestApiKeys.class)
public @interface HubIntegrationTest {
}
