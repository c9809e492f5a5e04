package org.loungehub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PullHealthTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(PullHealth.class);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void capture() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void release() {
        logger.detachAppender(events);
        logger.setLevel(levelBefore);
    }

    private List<String> logged() {
        List<String> lines = events.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
        events.list.clear();
        return lines;
    }

    @Test
    void aSourceFailingTheSameWayIsWarnedAboutOnceAndItsRecoveryIsTold() {
        PullHealth health = new PullHealth();
        String notFound = "Partner acme: https://feeds.acme.example/listings.ndjson answered 404; nothing pulled";

        health.failed("pull-acme-1", notFound);
        assertThat(logged()).singleElement().asString().startsWith("WARN " + notFound);

        health.failed("pull-acme-1", notFound);
        health.failed("pull-acme-1", notFound);
        assertThat(logged()).containsExactly("DEBUG " + notFound + " (again)", "DEBUG " + notFound + " (again)");

        String refused = "Pull pull-acme-1 failed: Connection refused";
        health.failed("pull-acme-1", refused);
        assertThat(logged()).singleElement().asString().startsWith("WARN " + refused);

        health.answered("pull-acme-1");
        assertThat(logged()).containsExactly("INFO pull-acme-1 answers again (it had failed: " + refused + ")");
        health.answered("pull-acme-1");
        assertThat(logged()).isEmpty();

        health.failed("pull-acme-1", notFound);
        assertThat(logged()).singleElement().asString().startsWith("WARN " + notFound);
    }

    @Test
    void eachSourceHasItsOwnState() {
        PullHealth health = new PullHealth();
        health.failed("pull-acme-1", "Partner acme: answered 500; nothing pulled");
        health.failed("pull-beta-1", "Partner acme: answered 500; nothing pulled");
        assertThat(logged()).hasSize(2).allMatch(line -> line.startsWith("WARN "));

        health.answered("pull-beta-1");
        health.failed("pull-acme-1", "Partner acme: answered 500; nothing pulled");
        assertThat(logged()).containsExactly("INFO pull-beta-1 answers again (it had failed: Partner acme: answered 500; nothing pulled)",
                "DEBUG Partner acme: answered 500; nothing pulled (again)");
    }
}
