package org.loungehub.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.loungehub.entity.EntityLinks;
import org.loungehub.failure.FailurePolicy;
import org.loungehub.failure.Failures;
import org.loungehub.failure.PermanentFailureException;
import org.loungehub.failure.TransientFailureException;
import org.loungehub.intake.format.FeedFormat;
import org.loungehub.intake.format.MalformedFeedException;
import org.loungehub.intake.format.RawRecord;
import org.loungehub.intake.format.RecordReader;
import org.loungehub.intake.format.RecordReaders;
import org.loungehub.intake.mapping.MappingResult;
import org.loungehub.intake.mapping.PartnerConfig;
import org.loungehub.intake.mapping.PartnerRegistry;
import org.loungehub.intake.mapping.RecordMapper;
import org.loungehub.listing.CanonicalFields;
import org.loungehub.listing.FieldError;
import org.loungehub.listing.FieldWarning;
import org.loungehub.listing.Listing;
import org.loungehub.listing.ListingDraft;
import org.loungehub.normalize.ListingNormalizer;
import org.loungehub.normalize.NormalizationResult;
import org.loungehub.privacy.Blocklist;
import org.loungehub.privacy.ErasedSubjects;
import org.loungehub.privacy.PersonScreen;
import org.loungehub.privacy.TextMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Processes one batch from the inbox: read records as they stream from the payload, map, normalize, write in
 * chunks. After each chunk the counts, the rejected records and the checkpoint are saved together, so a
 * restarted hub continues after the last saved chunk and every accepted record is indexed exactly once.
 * <p>
 * Every record is checked against the people erased so far (privacy.PersonScreen, with the blocklist read at the
 * start of the batch): their records are held back or lose the person's contact, and once the batch is finished
 * the person's values are masked in its stored payload and status (InboxErasure). Batches run one at a time in the
 * {@link IntakeLane}, which an erasure also takes.
 * <p>
 * Nothing holds the lane for ever: Elasticsearch calls follow the one failure policy (failure.FailurePolicy). A
 * permanent failure (a request Elasticsearch refuses as a whole, a bug) ends the batch "failed" with its reason; a
 * transient one that outlasts its retries leaves the batch "processing" at its checkpoint, frees the lane and
 * has the batch taken up again later (PostponedBatches). Staff may cancel a batch (BatchCancellations).
 */
@Component
public class BatchProcessor {

    private static final Logger log = LoggerFactory.getLogger(BatchProcessor.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final PartnerRegistry partners;
    private final RecordReaders readers;
    private final RecordMapper mapper;
    private final ListingNormalizer normalizer;
    private final ListingIndexer indexer;
    private final EntityLinks entityLinks;
    private final IntakeProperties properties;
    private final Clock clock;
    private final IntakeLane lane;
    private final ErasedSubjects erasedSubjects;
    private final PersonScreen screen;
    private final InboxErasure inboxErasure;
    private final FailurePolicy policy;
    private final RetryingBatches retrying;
    private final PostponedBatches postponed;
    private final BatchCancellations cancellations;

    BatchProcessor(Inbox inbox, DeadLetters deadLetters, PartnerRegistry partners, RecordReaders readers,
                   RecordMapper mapper, ListingNormalizer normalizer, ListingIndexer indexer, EntityLinks entityLinks,
                   IntakeProperties properties, Clock clock, IntakeLane lane, ErasedSubjects erasedSubjects,
                   PersonScreen screen, InboxErasure inboxErasure, FailurePolicy policy, RetryingBatches retrying,
                   PostponedBatches postponed, BatchCancellations cancellations) {
        this.lane = lane;
        this.erasedSubjects = erasedSubjects;
        this.screen = screen;
        this.inboxErasure = inboxErasure;
        this.policy = policy;
        this.retrying = retrying;
        this.postponed = postponed;
        this.cancellations = cancellations;
        this.entityLinks = entityLinks;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.partners = partners;
        this.readers = readers;
        this.mapper = mapper;
        this.normalizer = normalizer;
        this.indexer = indexer;
        this.properties = properties;
        this.clock = clock;
    }

    public BatchStatus process(String batchId) {
        return lane.exclusively(() -> processInLane(batchId));
    }

    private BatchStatus processInLane(String batchId) {
        BatchStatus status = inbox.status(batchId).orElseThrow(() -> new UnknownBatchException(batchId));
        if (status.finished()) {
            retrying.recovered(batchId);
            return status;
        }
        String cancelled = cancellations.requested(batchId).orElse(null);
        if (cancelled != null) {
            return finish(status, BatchStatus.CANCELLED, cancelled);
        }
        try {
            return run(status);
        } catch (TransientFailureException e) {
            retrying.failed(status, e);
            postponed.postpone(batchId);
            BatchStatus held = inbox.status(batchId).orElse(status).waiting("Waiting for Elasticsearch: " + e.getMessage());
            inbox.writeStatus(held);
            log.warn("Batch {} of {} waits at record {} and frees the lane, to be taken up again in {}: {}", batchId,
                    status.partnerId(), held.checkpoint(), properties.resumeAfter(), e.getMessage());
            return held;
        } catch (BatchCancelledException e) {
            return finish(inbox.status(batchId).orElse(status), BatchStatus.CANCELLED, e.getMessage());
        } catch (PermanentFailureException e) {
            return finish(inbox.status(batchId).orElse(status), BatchStatus.FAILED, e.getMessage());
        } catch (UncheckedIOException e) {
            throw e; // the inbox's disk: the batch stays unfinished and is resumed at the next start
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e; // shutting down: resumed at the next start
            }
            log.error("Batch {} of {} failed on a bug", batchId, status.partnerId(), e);
            return finish(inbox.status(batchId).orElse(status), BatchStatus.FAILED,
                    "Processing failed: " + Failures.describe(e));
        }
    }

    private BatchStatus run(BatchStatus status) {
        String batchId = status.batchId();
        if (status.checkpoint() > 0) {
            log.info("Resuming batch {} of {} after record {}", batchId, status.partnerId(), status.checkpoint());
            deadLetters.truncateAfter(batchId, status.checkpoint());
        }
        status = status.processing(clock.instant());
        inbox.writeStatus(status);
        PartnerConfig partner = partners.find(status.partnerId()).orElse(null);
        if (partner == null) {
            return finish(status, BatchStatus.FAILED, "No configuration for partner '" + status.partnerId() + "'");
        }
        FeedFormat format = FeedFormat.valueOf(status.format().toUpperCase());
        Run run = new Run(status, partner, erasedPeople(status));
        try (InputStream payload = inbox.openPayload(batchId);
             RecordReader reader = readers.open(payload, format, IntakeOptions.readerOptions(partner, status))) {
            while (reader.hasNext()) {
                run.accept(reader.next());
            }
            run.flush();
            indexer.refresh();
            BatchStatus.Counts c = run.status.counts();
            log.info("Batch {} of {} done: {} received, {} indexed, {} unchanged, {} deleted, {} rejected, {} warned",
                    batchId, partner.id(), c.received(), c.indexed(), c.unchanged(), c.deleted(), c.rejected(), c.warned());
            return withoutErasedPeople(run, finish(run.status, BatchStatus.DONE, null));
        } catch (MalformedFeedException | PermanentFailureException e) {
            return withoutErasedPeople(run, finish(inbox.status(batchId).orElse(status), BatchStatus.FAILED, e.getMessage()));
        } catch (BatchCancelledException e) {
            return withoutErasedPeople(run, finish(inbox.status(batchId).orElse(status), BatchStatus.CANCELLED, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the payload of batch " + batchId, e);
        }
    }

    /** The people erased so far; waits for Elasticsearch like the rest of the batch does. */
    private Blocklist erasedPeople(BatchStatus status) {
        return policy.elasticsearch("Reading the erased people", erasedSubjects::load,
                failure -> retrying.failed(status, failure));
    }

    /** Masks the values of erased people the batch held in its stored payload and status. */
    private BatchStatus withoutErasedPeople(Run run, BatchStatus finished) {
        if (run.erasedValues.isEmpty()) {
            return finished;
        }
        TextMask.Builder mask = TextMask.builder();
        run.erasedValues.forEach(c -> mask.email(c.email()).phone(c.phone()).name(c.name()));
        inboxErasure.scrubAfterBatch(finished.batchId(), mask.build(), String.join(",", run.erasureIds));
        return inbox.status(finished.batchId()).orElse(finished);
    }

    private BatchStatus finish(BatchStatus status, String result, String message) {
        BatchStatus finished = status.finished(result, message, clock.instant());
        inbox.writeStatus(finished);
        retrying.recovered(status.batchId());
        cancellations.done(status.batchId());
        if (message != null) {
            log.warn("Batch {} of {} {}: {}", status.batchId(), status.partnerId(), result, message);
        }
        return finished;
    }

    /** The state of one pass over a payload: the chunk being filled, what it has rejected and warned of so far. */
    private final class Run {
        private BatchStatus status;
        private final PartnerConfig partner;
        private final List<ListingIndexer.Item> chunk = new ArrayList<>();
        private final List<DeadLetter> rejected = new ArrayList<>();
        private final List<FieldError> errors = new ArrayList<>();
        private final List<FieldWarning> warnings = new ArrayList<>();
        private final Blocklist erased;
        private final List<org.loungehub.listing.Contact> erasedValues = new ArrayList<>();
        private final java.util.Set<String> erasureIds = new LinkedHashSet<>();
        private long received;
        private long valid;
        private long lastRecord;
        private Instant lastProgress = clock.instant();

        Run(BatchStatus status, PartnerConfig partner, Blocklist erased) {
            this.status = status;
            this.partner = partner;
            this.erased = erased;
        }

        void accept(RawRecord record) {
            if (record.number() <= status.checkpoint()) {
                return;
            }
            lastRecord = record.number();
            received++;
            if (record.number() > properties.maxRecords()) {
                reject(null, record.fields(), List.of(new FieldError(record.number(), null,
                        "the batch holds more than " + properties.maxRecords() + " records; send the rest in another push")));
            } else {
                MappingResult mapped = mapper.map(partner, record, status.batchId(), status.format());
                if (!mapped.errors().isEmpty()) {
                    reject(mapped.draft(), record.fields(), mapped.errors());
                } else {
                    route(mapped.draft());
                }
            }
            if (chunk.size() >= properties.chunkSize()) {
                flush();
            }
        }

        private void route(ListingDraft draft) {
            if ("true".equalsIgnoreCase(draft.text(CanonicalFields.DELETED))) {
                String externalId = draft.text(CanonicalFields.EXTERNAL_ID);
                if (externalId == null) {
                    reject(draft, draft.original(), List.of(new FieldError(draft.recordNumber(), CanonicalFields.EXTERNAL_ID,
                            "a deletion needs the externalId of the listing to delete")));
                    return;
                }
                String tooLong = Listing.idProblem(partner.id(), externalId);
                if (tooLong != null) {
                    reject(draft, draft.original(), List.of(new FieldError(draft.recordNumber(), CanonicalFields.EXTERNAL_ID, tooLong)));
                    return;
                }
                valid++;
                chunk.add(ListingIndexer.Item.delete(draft.recordNumber(), Listing.id(partner.id(), externalId)));
                return;
            }
            NormalizationResult result = normalizer.normalize(draft);
            if (result.listing() == null) {
                reject(draft, draft.original(), result.errors());
                return;
            }
            valid++;
            PersonScreen.Screened screened = screen.screen(draft, result.listing(), erased);
            if (!screened.touched()) {
                warnings.addAll(result.warnings());
                chunk.add(ListingIndexer.Item.index(draft.recordNumber(), entityLinks.apply(result.listing())));
                return;
            }
            warnings.add(screened.warning());
            erasedValues.add(screened.erased());
            erasureIds.add(screened.erasureId());
            if (screened.listing() == null) {
                // An erased person: nothing of the record is indexed, and a copy indexed meanwhile goes.
                chunk.add(ListingIndexer.Item.delete(draft.recordNumber(), result.listing().id()));
            } else {
                chunk.add(ListingIndexer.Item.index(draft.recordNumber(), entityLinks.apply(screened.listing())));
            }
        }

        /** A rejected record becomes a dead letter with its original, unless it is an erased person's. */
        private void reject(ListingDraft draft, Map<String, Object> original, List<FieldError> recordErrors) {
            Instant now = clock.instant();
            FieldError first = recordErrors.get(0);
            String reason = recordErrors.stream().map(FieldError::describe).reduce((a, b) -> a + "; " + b).orElse("");
            PersonScreen.Screened erasedPerson = draft == null ? null : screen.recognise(draft, erased).orElse(null);
            if (erasedPerson != null) {
                erasedValues.add(erasedPerson.erased());
                erasureIds.add(erasedPerson.erasureId());
                original = Map.of();
                reason = "an erased person's record (erasure " + erasedPerson.erasureId() + "), not kept; " + reason;
            }
            rejected.add(new DeadLetter(status.batchId(), partner.id(), first.recordNumber(), first.field(), reason, original, now));
            errors.addAll(recordErrors);
        }

        /** Writes the chunk, then saves dead letters, counts and checkpoint: the unit of progress. */
        void flush() {
            ListingIndexer.Outcome outcome = chunk.isEmpty()
                    ? new ListingIndexer.Outcome(0, 0, 0, List.of())
                    : indexer.write(List.copyOf(chunk), failure -> retrying.failed(status, failure));
            retrying.recovered(status.batchId());
            for (ListingIndexer.Rejection r : outcome.rejected()) {
                valid--;
                FieldError error = new FieldError(r.recordNumber(), null, r.reason());
                errors.add(error);
                rejected.add(new DeadLetter(status.batchId(), partner.id(), r.recordNumber(), null, r.reason(),
                        originalOf(r.recordNumber()), clock.instant()));
            }
            deadLetters.append(status.batchId(), rejected);
            // A listing Elasticsearch refused is rejected, not warned.
            Set<Long> refused = outcome.rejected().stream().map(ListingIndexer.Rejection::recordNumber).collect(Collectors.toSet());
            warnings.removeIf(w -> refused.contains(w.recordNumber()));
            long warned = warnings.stream().mapToLong(FieldWarning::recordNumber).distinct().count();
            long rejectedCount = received - valid;
            BatchStatus.Counts delta = new BatchStatus.Counts(received, valid, outcome.indexed(), outcome.unchanged(),
                    outcome.deleted(), rejectedCount, warned);
            status = status.progressed(status.counts().plus(delta), Math.max(status.checkpoint(), lastRecord),
                    errors, warnings, properties.maxErrorsInStatus());
            inbox.writeStatus(status);
            chunk.clear();
            rejected.clear();
            errors.clear();
            warnings.clear();
            received = 0;
            valid = 0;
            if (Duration.between(lastProgress, clock.instant()).compareTo(PROGRESS_EVERY) >= 0) {
                lastProgress = clock.instant();
                BatchStatus.Counts c = status.counts();
                log.info("Batch {} of {}: {} records read, {} indexed, {} unchanged, {} rejected",
                        status.batchId(), partner.id(), c.received(), c.indexed(), c.unchanged(), c.rejected());
            }
            cancellations.requested(status.batchId()).ifPresent(reason -> {
                throw new BatchCancelledException(reason);
            });
        }

        private Map<String, Object> originalOf(long recordNumber) {
            return chunk.stream().filter(i -> i.recordNumber() == recordNumber && i.listing() != null)
                    .findFirst().map(i -> i.listing().source().original()).orElse(Map.of());
        }
    }
}
