package org.loungehub.concept;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The vocabulary and what re-tagging has done, for staff (GET /api/v1/admin/concepts) and for Prometheus
 * (hub_concepts_*): listings re-tagged, how many of them got other concepts, and how many are still to do.
 */
@Component
public class ConceptRetagStatus {

    private final ListingConcepts tagger;
    private final ConceptVocabulary vocabulary;
    private final TaggedListings listings;
    private final RetagProperties properties;
    private final Clock clock;
    private final Counter retagged;
    private final Counter changed;
    private final Counter conflicts;
    private final Counter failed;
    private final Counter errors;
    private final AtomicLong pending = new AtomicLong();
    private volatile Run lastRun;
    private volatile Instant lastRunAt;
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    ConceptRetagStatus(ListingConcepts tagger, ConceptVocabulary vocabulary, TaggedListings listings,
                       RetagProperties properties, Clock clock, MeterRegistry meters) {
        this.tagger = tagger;
        this.vocabulary = vocabulary;
        this.listings = listings;
        this.properties = properties;
        this.clock = clock;
        this.retagged = Counter.builder("hub.concepts.retagged")
                .description("Listings re-tagged with the current concept vocabulary").register(meters);
        this.changed = Counter.builder("hub.concepts.retag.changed")
                .description("Re-tagged listings whose concepts changed (the others only got the new version)").register(meters);
        this.conflicts = Counter.builder("hub.concepts.retag.conflicts")
                .description("Re-tags not written because the listing changed meanwhile (looked at again later)").register(meters);
        this.failed = Counter.builder("hub.concepts.retag.failed")
                .description("Re-tags Elasticsearch refused").register(meters);
        this.errors = Counter.builder("hub.concepts.retag.errors").description("Re-tagging runs that failed").register(meters);
        Gauge.builder("hub.concepts.retag.pending", pending, AtomicLong::get)
                .description("Current listings tagged under another vocabulary version, after the last run").register(meters);
    }

    /** One run: listings re-tagged (changed: with other concepts), not written (conflicts, failed), how long. */
    public record Run(long retagged, long changed, long conflicts, long failed, long millis) {
    }

    /**
     * The answer of GET /api/v1/admin/concepts.
     *
     * @param version the vocabulary version listings are tagged with now
     * @param pending current listings tagged under another version (null when Elasticsearch cannot be asked)
     */
    public record Report(String version, int concepts, boolean retagEnabled, Long pending, long retagged, long changed,
                         long conflicts, long failed, Run lastRun, Instant lastRunAt, String lastError,
                         Instant lastErrorAt) {
    }

    /** A page written. */
    void wrote(long listingsWritten, long withOtherConcepts, long conflicted, long refused) {
        retagged.increment(listingsWritten);
        changed.increment(withOtherConcepts);
        conflicts.increment(conflicted);
        failed.increment(refused);
    }

    /** A whole run, and the listings still to re-tag after it. */
    void finished(Run run, long stillPending) {
        pending.set(stillPending);
        if (run.retagged() > 0 || run.conflicts() > 0 || run.failed() > 0) {
            lastRun = run;
        }
        lastRunAt = clock.instant();
    }

    /** A run that failed (Elasticsearch unavailable, ...): kept for staff; the next tick tries again. */
    public void failed(Exception error) {
        errors.increment();
        lastError = error.getClass().getSimpleName() + ": " + error.getMessage();
        lastErrorAt = clock.instant();
    }

    public Report report() {
        Long pendingNow;
        try {
            pendingNow = listings.countStale(tagger.version());
        } catch (IOException | RuntimeException e) {
            pendingNow = null; // Elasticsearch unavailable: the rest of the report still helps
        }
        return new Report(tagger.version(), vocabulary.size(), properties.enabled(), pendingNow, (long) retagged.count(),
                (long) changed.count(), (long) conflicts.count(), (long) failed.count(), lastRun, lastRunAt, lastError,
                lastErrorAt);
    }
}
