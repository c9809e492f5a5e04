package org.loungehub.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.loungehub.intake.format.CharsetDetector;
import org.loungehub.intake.format.FeedFormat;
import org.loungehub.intake.format.MalformedFeedException;
import org.loungehub.intake.format.RawRecord;
import org.loungehub.intake.format.ReaderOptions;
import org.loungehub.intake.format.RecordReader;
import org.loungehub.intake.format.RecordReaders;
import org.loungehub.intake.mapping.PartnerConfig;
import org.loungehub.intake.mapping.PartnerRegistry;
import org.loungehub.intake.mapping.PartnerSource;
import org.loungehub.privacy.PayloadRewriter;
import org.loungehub.privacy.TextMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes a person out of what intake keeps on disk: the inbox (each finished batch's payload, status and dead
 * letters) and the archives of the partners' drop folders ({@code .done}, {@code .failed}).
 * <ul>
 *   <li>A text payload (JSON, NDJSON, CSV in its own charset) is rewritten with the person's values masked; every
 *       other byte stays as received. It is then read again, and if a record still holds the person (a value the
 *       partner wrote escaped, say) the payload is dropped instead.</li>
 *   <li>A spreadsheet payload that holds the person, or a text payload that is not valid in its charset, is
 *       dropped: emptied, the batch's status saying so. The batch stays (status, counts, other dead letters).</li>
 *   <li>A dead letter that holds the person is removed (it can no longer be replayed; the partner may re-send).</li>
 *   <li>The batch's status is masked where it quotes the partner's data, and notes the erasure.</li>
 * </ul>
 * The person's name is masked only in a batch that holds their e-mail or phone, or that is known to be theirs.
 * Unfinished batches are left alone: intake screens them against the erasure when it processes them.
 */
@Component
public class InboxErasure {

    private static final Logger log = LoggerFactory.getLogger(InboxErasure.class);

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final PartnerRegistry partners;
    private final RecordReaders readers;
    private final IntakeLane lane;
    private final Clock clock;

    InboxErasure(Inbox inbox, DeadLetters deadLetters, PartnerRegistry partners, RecordReaders readers, IntakeLane lane,
                 Clock clock) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.partners = partners;
        this.readers = readers;
        this.lane = lane;
        this.clock = clock;
    }

    /**
     * What an erasure found and did in the inbox and the drop folders.
     *
     * @param pending unfinished batches, left to intake's screening
     */
    public record Report(int batches, int payloadsRewritten, int payloadsDropped, long valuesMasked,
                         int statusesMasked, int deadLettersRemoved, List<String> pending,
                         int dropFolderFiles, int dropFolderFilesRewritten, int dropFolderFilesDropped) {
    }

    /**
     * @param personBatches batches known to hold the person (those their listings came from)
     */
    public Report erase(TextMask mask, Collection<String> personBatches, String erasureId) {
        return lane.exclusively(() -> {
            int batches = 0;
            int rewritten = 0;
            int dropped = 0;
            long masked = 0;
            int statuses = 0;
            int letters = 0;
            List<String> pending = new ArrayList<>();
            for (BatchStatus batch : inbox.batches().toList()) {
                if (!batch.finished()) {
                    pending.add(batch.batchId());
                    continue;
                }
                batches++;
                Scrub scrub = scrub(batch, mask, personBatches.contains(batch.batchId()), erasureId);
                rewritten += BatchStatus.Erasure.REWRITTEN.equals(scrub.payload()) ? 1 : 0;
                dropped += BatchStatus.Erasure.DROPPED.equals(scrub.payload()) ? 1 : 0;
                masked += scrub.valuesMasked();
                statuses += scrub.statusMasked() ? 1 : 0;
                letters += scrub.deadLettersRemoved();
            }
            int[] folders = dropFolders(mask);
            return new Report(batches, rewritten, dropped, masked, statuses, letters, List.copyOf(pending),
                    folders[0], folders[1], folders[2]);
        });
    }

    /** After intake held back records of erased people in a batch: their values leave its payload and status. */
    void scrubAfterBatch(String batchId, TextMask mask, String erasureId) {
        inbox.status(batchId).ifPresent(batch -> {
            Scrub scrub = scrub(batch, mask, true, erasureId);
            log.info("Batch {} held records of erased people (erasure {}): payload {}, {} values masked, {} dead letters"
                    + " removed", batchId, erasureId, scrub.payload(), scrub.valuesMasked(), scrub.deadLettersRemoved());
        });
    }

    /** What became of one batch. */
    record Scrub(String payload, long valuesMasked, boolean statusMasked, int deadLettersRemoved) {
    }

    Scrub scrub(BatchStatus batch, TextMask mask, boolean personsBatch, String erasureId) {
        String batchId = batch.batchId();
        Rewrite payload = rewrite(inbox.payloadFile(batchId), inbox.scratchFile(batchId), format(batch),
                options(batch), mask, personsBatch, replacement -> inbox.replacePayload(batchId, replacement));
        int removed = deadLetters.remove(batchId, mask::foundIn);
        boolean holdsPerson = personsBatch || payload.outcome() != null || removed > 0;
        UnaryOperator<String> masking = text -> text == null ? null : mask.mask(text, holdsPerson).text();
        String outcome = payload.outcome() == null ? BatchStatus.Erasure.UNCHANGED : payload.outcome();
        BatchStatus.Erasure note = new BatchStatus.Erasure(erasureId, clock.instant(), outcome);
        BatchStatus masked = batch.erased(masking, note);
        boolean statusMasked = !masked.equals(batch.erased(UnaryOperator.identity(), note));
        if (payload.outcome() != null || removed > 0 || statusMasked) {
            inbox.writeStatus(masked);
        }
        return new Scrub(payload.outcome(), payload.valuesMasked(), statusMasked, removed);
    }

    /** What became of one stored file: REWRITTEN, DROPPED, or null (left as it was). */
    private record Rewrite(String outcome, long valuesMasked) {
        static final Rewrite NONE = new Rewrite(null, 0);
    }

    private interface Replacer {
        void replaceWith(Path replacement) throws IOException;
    }

    /**
     * Rewrites (or drops) one stored feed file through a scratch file next to it.
     *
     * @param personsFile known to hold the person: names are masked even without an identifier, and the file is
     *                    read through once more even when nothing was masked literally
     */
    private Rewrite rewrite(Path file, Path scratch, FeedFormat format, ReaderOptions options, TextMask mask,
                            boolean personsFile, Replacer replacer) {
        try {
            if (format == null || !Files.exists(file) || Files.size(file) == 0) {
                return Rewrite.NONE;
            }
            if (format == FeedFormat.XLSX) {
                return holdsPerson(file, format, options, mask) ? drop(scratch, replacer) : Rewrite.NONE;
            }
            PayloadRewriter.Result result;
            try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(scratch)) {
                result = PayloadRewriter.rewrite(in, out, charset(file, format, options), mask);
            } catch (CharacterCodingException e) {
                Files.deleteIfExists(scratch);
                // Not valid in its charset: it cannot be rewritten faithfully. Look for the identifiers byte-wise.
                return holdsPersonBytewise(file, mask) ? drop(scratch, replacer) : Rewrite.NONE;
            }
            if (result.identifiers() == 0 && !(personsFile && result.changed())) {
                Files.deleteIfExists(scratch);
                return personsFile && holdsPerson(file, format, options, mask) ? drop(scratch, replacer) : Rewrite.NONE;
            }
            if (holdsPerson(scratch, format, options, mask)) {
                Files.deleteIfExists(scratch);
                return drop(scratch, replacer);
            }
            replacer.replaceWith(scratch);
            return new Rewrite(BatchStatus.Erasure.REWRITTEN, result.identifiers() + result.names());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not erase a person from " + file, e);
        } finally {
            try {
                Files.deleteIfExists(scratch);
            } catch (IOException e) {
                log.warn("Could not delete {}: {}", scratch, e.getMessage());
            }
        }
    }

    private static Rewrite drop(Path scratch, Replacer replacer) throws IOException {
        Files.write(scratch, new byte[0]);
        replacer.replaceWith(scratch);
        return new Rewrite(BatchStatus.Erasure.DROPPED, 0);
    }

    /** Whether a record read from the file still holds one of the person's identifiers in any value. */
    private boolean holdsPerson(Path file, FeedFormat format, ReaderOptions options, TextMask mask) throws IOException {
        try (RecordReader reader = readers.open(Files.newInputStream(file), format, options)) {
            while (reader.hasNext()) {
                RawRecord record = reader.next();
                if (!record.failed() && holds(record.fields(), mask)) {
                    return true;
                }
            }
            return false;
        } catch (MalformedFeedException | UncheckedIOException e) {
            // Unreadable as its format: nothing is left that a reader could find; the literal values are gone.
            return false;
        }
    }

    private static boolean holds(Object value, TextMask mask) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(e -> mask.foundIn(String.valueOf(e.getKey())) || holds(e.getValue(), mask));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(v -> holds(v, mask));
        }
        return value != null && mask.foundIn(value.toString());
    }

    /** Byte for byte, as Latin-1: ASCII identifiers are found in any ASCII-compatible charset. */
    private static boolean holdsPersonBytewise(Path file, TextMask mask) throws IOException {
        byte[] buffer = new byte[1 << 20];
        String carry = "";
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
                String text = carry + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                if (mask.foundIn(text)) {
                    return true;
                }
                carry = text.substring(Math.max(0, text.length() - 1024));
            }
        }
        return false;
    }

    private static Charset charset(Path file, FeedFormat format, ReaderOptions options) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(CharsetDetector.SNIFF_BYTES);
        }
        boolean whole = head.length < CharsetDetector.SNIFF_BYTES;
        Charset declared = format == FeedFormat.CSV ? options.charset() : null;
        return CharsetDetector.detect(head, head.length, whole, declared).charset();
    }

    private static FeedFormat format(BatchStatus batch) {
        return batch.format() == null ? null : FeedFormat.named(batch.format()).orElse(null);
    }

    private ReaderOptions options(BatchStatus batch) {
        Optional<PartnerConfig> partner = partners.find(batch.partnerId());
        ReaderOptions options = partner.map(PartnerConfig::readerOptions).orElse(ReaderOptions.defaults());
        return batch.charset() == null ? options : options.withCharset(Charset.forName(batch.charset()));
    }

    /** The files the pull routes moved to .done/<day>/ or .failed/ in the partners' drop folders: files, rewritten, dropped. */
    private int[] dropFolders(TextMask mask) {
        int[] counts = new int[3];
        for (PartnerConfig partner : partners.all()) {
            for (PartnerSource source : partner.sources()) {
                if (source instanceof PartnerSource.Folder folder) {
                    for (String archive : List.of(".done", ".failed")) {
                        Path dir = Path.of(folder.path()).resolve(archive);
                        if (Files.isDirectory(dir)) {
                            eraseArchive(dir, partner, folder, mask, counts);
                        }
                    }
                }
            }
        }
        return counts;
    }

    private void eraseArchive(Path dir, PartnerConfig partner, PartnerSource.Folder folder, TextMask mask, int[] counts) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".erasing")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + dir, e);
        }
        for (Path file : files) {
            counts[0]++;
            String name = file.getFileName().toString();
            FeedFormat format = FeedFormat.detect(null, name, null)
                    .or(() -> Optional.ofNullable(folder.format())).or(() -> Optional.ofNullable(partner.format()))
                    .orElse(null);
            Path scratch = file.resolveSibling(name + ".erasing");
            Rewrite rewrite = rewrite(file, scratch, format, partner.readerOptions(), mask, false,
                    replacement -> Files.move(replacement, file, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING));
            if (BatchStatus.Erasure.DROPPED.equals(rewrite.outcome())) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not delete " + file, e);
                }
                counts[2]++;
            } else if (rewrite.outcome() != null) {
                counts[1]++;
            }
            log.debug("Erasure in drop folder archive {}: {}", file, rewrite.outcome() == null ? "nothing" : rewrite.outcome());
        }
    }
}
