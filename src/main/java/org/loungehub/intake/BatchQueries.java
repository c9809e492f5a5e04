package org.loungehub.intake;

import java.util.List;
import org.loungehub.intake.mapping.PartnerRegistry;
import org.springframework.stereotype.Component;

/** What partners and staff can ask about intake: batches, their outcome, rejected records, partners. */
@Component("batchQueries")
public class BatchQueries {

    private static final int MAX_DEAD_LETTERS = 1000;

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final PartnerRegistry partners;

    BatchQueries(Inbox inbox, DeadLetters deadLetters, PartnerRegistry partners) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.partners = partners;
    }

    public BatchStatus status(String batchId) {
        return inbox.status(batchId).orElseThrow(() -> new UnknownBatchException(batchId));
    }

    /** A partner's batches, newest first, without their per-record errors and warnings (see the batch itself). */
    public List<BatchStatus> batchesOf(String partnerId) {
        requirePartner(partnerId);
        return inbox.batches().filter(b -> b.partnerId().equals(partnerId))
                .map(b -> new BatchStatus(b.batchId(), b.partnerId(), b.status(), b.format(), b.charset(), b.fileName(),
                        b.payloadBytes(), b.receivedAt(), b.startedAt(), b.finishedAt(), b.counts(), b.checkpoint(),
                        b.message(), List.of(), !b.errors().isEmpty(), List.of(), !b.warnings().isEmpty(), b.erasures()))
                .sorted((a, b) -> b.receivedAt().compareTo(a.receivedAt()))
                .toList();
    }

    /** Rejected records of a partner (of one batch when batchId is given), newest batch first. */
    public List<DeadLetter> deadLettersOf(String partnerId, String batchId) {
        requirePartner(partnerId);
        if (batchId != null && !batchId.isBlank()) {
            BatchStatus batch = status(batchId);
            if (!batch.partnerId().equals(partnerId)) {
                throw new UnknownBatchException(batchId);
            }
            return deadLetters.read(batchId).stream().limit(MAX_DEAD_LETTERS).toList();
        }
        return deadLetters.forPartner(partnerId).limit(MAX_DEAD_LETTERS).toList();
    }

    public List<PartnerSummary> partners() {
        return partners.all().stream().map(p -> new PartnerSummary(p.id(), p.name())).toList();
    }

    private void requirePartner(String partnerId) {
        partners.find(partnerId).orElseThrow(() -> new UnknownPartnerException(partnerId));
    }

    public record PartnerSummary(String id, String name) {
    }
}
