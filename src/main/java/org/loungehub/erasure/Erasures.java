package org.loungehub.erasure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.loungehub.access.Caller;
import org.loungehub.audit.AuditEntry;
import org.loungehub.audit.AuditLog;
import org.loungehub.intake.InboxErasure;
import org.loungehub.intake.IntakeLane;
import org.loungehub.privacy.SubjectKeys;
import org.loungehub.privacy.TextMask;
import org.loungehub.search.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Erases a person on request (staff): their listings and what hangs on them, their values in the inbox archive,
 * dead letters and drop-folder archives; records the erasure (with keyed hashes of the person, never their data)
 * and audits it. Runs in the intake lane, so no batch is half-processed meanwhile; its record is saved before any
 * store is touched, so batches processed afterwards are already screened against it.
 * <p>
 * Safe to run again: a second run finds nothing left and records that; a run that was interrupted (its record says
 * "running") completes when run again.
 */
@Component("erasures")
public class Erasures {

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final int MAX_REASON = 1000;
    private static final int MAX_PAGE = 1000;
    /** Listings found by e-mail may give a phone that finds more: a few rounds settle it. */
    private static final int MAX_ROUNDS = 3;

    private final ListingEraser listings;
    private final InboxErasure inbox;
    private final ErasureRecords records;
    private final SubjectKeys keys;
    private final IntakeLane lane;
    private final AuditLog audit;
    private final Clock clock;

    Erasures(ListingEraser listings, InboxErasure inbox, ErasureRecords records, SubjectKeys keys, IntakeLane lane,
             AuditLog audit, Clock clock) {
        this.listings = listings;
        this.inbox = inbox;
        this.records = records;
        this.keys = keys;
        this.lane = lane;
        this.audit = audit;
        this.clock = clock;
    }

    public ErasureRecord erase(ErasureRequest request, Caller caller) {
        Objects.requireNonNull(caller, "an erasure is always someone's");
        Subject requested = Subject.of(request);
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason is required (at most " + MAX_REASON + " characters): the request's"
                    + " reference or grounds, not the person's data");
        }
        return lane.exclusively(() -> run(requested, reason, caller));
    }

    public ErasureRecord get(String id) {
        return records.get(id);
    }

    /** Newest first. */
    public List<ErasureRecord> list(String size) {
        Integer asked = SearchQuery.number("size", size);
        if (asked != null && (asked < 1 || asked > MAX_PAGE)) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE + " (got " + asked + ")");
        }
        return records.list(asked == null ? 100 : asked);
    }

    private ErasureRecord run(Subject requested, String reason, Caller caller) {
        Instant at = clock.instant();
        String id = "er-" + DAY.format(at) + "-" + UUID.randomUUID().toString().substring(0, 8);

        Subject subject = requested;
        List<ListingEraser.Found> found = listings.find(subject);
        for (int round = 1; ; round++) {
            Subject grown = subject;
            for (ListingEraser.Found listing : found) {
                if (listing.isPersons(subject)) {
                    grown = grown.with(listing.contact(), listing.country());
                }
            }
            boolean newIdentifiers = !grown.emails().equals(subject.emails()) || !grown.phones().equals(subject.phones());
            subject = grown;
            if (!newIdentifiers || round >= MAX_ROUNDS) {
                break;
            }
            found = listings.find(subject);
        }
        Subject person = subject;
        List<String> personListings = found.stream().filter(f -> f.isPersons(person)).map(ListingEraser.Found::id).toList();
        TextMask mask = person.mask();

        ErasureRecord running = ErasureRecord.running(id, at, caller.id(), caller.role().id(), mask.mask(reason),
                requested.given(), person.keys(keys, personListings));
        records.save(running);

        ListingEraser.Outcome erased = listings.erase(found, person, mask);
        InboxErasure.Report report = inbox.erase(mask, erased.batches(), id);
        int cacheEntries = erased.embeddingEntries() + listings.forgetAgain(erased.embeddingKeys());

        ErasureRecord.Stores stores = new ErasureRecord.Stores(
                new ErasureRecord.Listings(found.size(), erased.deleted().size(), erased.stripped().size()),
                new ErasureRecord.Inbox(report.batches(), report.payloadsRewritten(), report.payloadsDropped(),
                        report.valuesMasked(), report.statusesMasked(), report.pending().size()),
                new ErasureRecord.DeadLetters(report.deadLettersRemoved()),
                new ErasureRecord.Deleted(cacheEntries),
                new ErasureRecord.Deleted(erased.notifications()),
                new ErasureRecord.Deleted(erased.entityLinks()),
                new ErasureRecord.DropFolders(report.dropFolderFiles(), report.dropFolderFilesRewritten(),
                        report.dropFolderFilesDropped()));
        ErasureRecord done = running.done(clock.instant(), erased.listings(), stores, report.pending());
        records.save(done);
        String summary = summary(stores);
        audit.record(new AuditEntry(clock.instant(), caller.id(), caller.role().id(), caller.partnerId(), "erasure", "POST",
                "/api/v1/erasures", 201, id, summary, null));
        log.info("Erasure {} by {}: {}", id, caller.id(), summary);
        return done;
    }

    private static String summary(ErasureRecord.Stores s) {
        return "listings " + s.listings().deleted() + " deleted, " + s.listings().stripped() + " stripped; inbox payloads "
                + s.inbox().payloadsRewritten() + " rewritten, " + s.inbox().payloadsDropped() + " dropped, "
                + s.inbox().statusesMasked() + " statuses masked, " + s.inbox().pending() + " batches pending; dead letters "
                + s.deadLetters().removed() + " removed; embedding cache " + s.embeddingCache().deleted()
                + "; notifications " + s.notifications().deleted() + "; entity links " + s.entityLinks().deleted()
                + "; drop-folder files " + s.dropFolders().rewritten() + " rewritten, " + s.dropFolders().dropped() + " dropped";
    }
}
