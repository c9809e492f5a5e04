package org.loungehub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loungehub.intake.format.RecordReaders;
import org.loungehub.intake.mapping.PartnerRegistry;
import org.loungehub.listing.FieldError;
import org.loungehub.listing.FieldWarning;
import org.loungehub.privacy.TextMask;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.unit.DataSize;

class InboxErasureTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String CSV = "成果编号,成果名称,联系人,邮箱,电话\n"
            + "CSL-P1,毫米波雷达养老监护,李伟,li.wei@example.cn,138-0013-8000\n"
            + "CSL-P2,智能灌溉,王芳,wang.fang@example.cn,139-0000-0000\n";

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final TextMask person = TextMask.builder().email("li.wei@example.cn").phone("+8613800138000").name("李伟").build();
    private Inbox inbox;
    private DeadLetters deadLetters;
    private InboxErasure erasure;

    @BeforeEach
    void setUp() throws IOException {
        Path partners = Files.createDirectories(dir.resolve("partners"));
        Files.writeString(partners.resolve("drop-erase.yaml"), "id: drop-erase\nformat: csv\ncharset: GB18030\n"
                + "sources:\n  - { type: folder, path: \"" + dir.resolve("drop") + "\" }\n");
        IntakeProperties properties = new IntakeProperties(dir.resolve("inbox"), DataSize.ofMegabytes(10), 1000, 500,
                DataSize.ofMegabytes(5), Duration.ofSeconds(1), 1000);
        inbox = new Inbox(properties, json, clock);
        deadLetters = new DeadLetters(inbox, json);
        // Only this test's partner: the shipped and test partners' drop folders hold other tests' archives.
        ClassLoader noShippedPartners = new java.net.URLClassLoader(new java.net.URL[0], null);
        PartnerRegistry registry = new PartnerRegistry(new DefaultResourceLoader(noShippedPartners), new StandardEnvironment(),
                partners.toString());
        erasure = new InboxErasure(inbox, deadLetters, registry, new RecordReaders(), new IntakeLane(), clock);
    }

    /** A finished batch whose status quotes the person in an error and a warning. */
    private BatchStatus finishedBatch(String partner, String format, String charset, byte[] payload) {
        return finishedBatch(partner, format, charset, payload,
                List.of(new FieldError(2, "title", "'li.wei@example.cn' is not a title")),
                List.of(new FieldWarning(1, "contact.phone", "138-0013-8000 ext 12", "not a phone number")));
    }

    private BatchStatus finishedBatch(String partner, String format, String charset, byte[] payload,
                                      List<FieldError> errors, List<FieldWarning> warnings) {
        BatchStatus accepted = inbox.accept(partner, format, charset, "feed", new ByteArrayInputStream(payload));
        BatchStatus done = accepted.processing(clock.instant()).progressed(new BatchStatus.Counts(2, 1, 1, 0, 0, 1, 1), 2,
                errors, warnings, 1000).finished(BatchStatus.DONE, null, clock.instant());
        inbox.writeStatus(done);
        return done;
    }

    private byte[] payload(String batchId) throws IOException {
        return Files.readAllBytes(inbox.payloadFile(batchId));
    }

    @Test
    void masksThePersonInAGb18030PayloadItsStatusAndRemovesTheirDeadLetters() throws IOException {
        BatchStatus batch = finishedBatch("csl-offers", "csv", "GB18030", CSV.getBytes(GB18030));
        deadLetters.append(batch.batchId(), List.of(
                new DeadLetter(batch.batchId(), "csl-offers", 1, "title", "bad", Map.of("邮箱", "li.wei@example.cn"), clock.instant()),
                new DeadLetter(batch.batchId(), "csl-offers", 2, "title", "bad", Map.of("邮箱", "wang.fang@example.cn"), clock.instant())));

        InboxErasure.Report report = erasure.erase(person, Set.of(), "er-1");

        assertThat(new String(payload(batch.batchId()), GB18030)).isEqualTo(CSV
                .replace("李伟", "[erased]").replace("li.wei@example.cn", "[erased]").replace("138-0013-8000", "[erased]"));
        assertThat(deadLetters.read(batch.batchId())).extracting(DeadLetter::recordNumber).containsExactly(2L);
        BatchStatus status = inbox.status(batch.batchId()).orElseThrow();
        assertThat(status.errors()).extracting(FieldError::reason).containsExactly("'[erased]' is not a title");
        assertThat(status.warnings()).extracting(FieldWarning::value).containsExactly("[erased] ext 12");
        assertThat(status.erasures()).containsExactly(new BatchStatus.Erasure("er-1", clock.instant(), "rewritten"));
        assertThat(status.counts()).isEqualTo(batch.counts());
        assertThat(report.batches()).isEqualTo(1);
        assertThat(report.payloadsRewritten()).isEqualTo(1);
        assertThat(report.valuesMasked()).isEqualTo(3);
        assertThat(report.deadLettersRemoved()).isEqualTo(1);
        assertThat(report.statusesMasked()).isEqualTo(1);
    }

    @Test
    void leavesBatchesWithoutThePersonAloneAndIsSafeToRunAgain() throws IOException {
        byte[] other = "{\"externalId\":\"x\",\"contact\":{\"email\":\"wang.fang@example.cn\"},\"note\":\"李伟\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        BatchStatus untouched = finishedBatch("lounge-desk", "ndjson", null, other, List.of(),
                List.of(new FieldWarning(1, "website", "李伟.example", "not a web address")));
        BatchStatus batch = finishedBatch("csl-offers", "csv", "GB18030", CSV.getBytes(GB18030));
        erasure.erase(person, Set.of(), "er-1");
        byte[] once = payload(batch.batchId());

        InboxErasure.Report again = erasure.erase(person, Set.of(), "er-2");

        // A name alone is not the person: the other batch keeps its bytes, and nothing else is found the second time.
        assertThat(payload(untouched.batchId())).isEqualTo(other);
        assertThat(inbox.status(untouched.batchId()).orElseThrow().erasures()).isEmpty();
        assertThat(payload(batch.batchId())).isEqualTo(once);
        assertThat(again.payloadsRewritten() + again.payloadsDropped() + again.deadLettersRemoved()).isZero();
        assertThat(inbox.status(batch.batchId()).orElseThrow().erasures()).extracting(BatchStatus.Erasure::erasureId)
                .containsExactly("er-1");
    }

    @Test
    void dropsASpreadsheetHoldingThePersonAndKeepsTheBatch() throws IOException {
        BatchStatus batch = finishedBatch("csl-offers", "xlsx", null, workbook("li.wei@example.cn"));

        InboxErasure.Report report = erasure.erase(person, Set.of(), "er-1");

        assertThat(payload(batch.batchId())).isEmpty();
        assertThat(inbox.status(batch.batchId()).orElseThrow().erasures()).singleElement()
                .satisfies(e -> assertThat(e.payload()).isEqualTo("dropped"));
        assertThat(report.payloadsDropped()).isEqualTo(1);
        assertThat(inbox.batches()).extracting(BatchStatus::batchId).contains(batch.batchId());
    }

    @Test
    void leavesUnfinishedBatchesToIntakeAndNamesThem() throws IOException {
        BatchStatus queued = inbox.accept("csl-offers", "csv", "GB18030", "feed", new ByteArrayInputStream(CSV.getBytes(GB18030)));

        InboxErasure.Report report = erasure.erase(person, Set.of(), "er-1");

        assertThat(report.pending()).containsExactly(queued.batchId());
        assertThat(new String(payload(queued.batchId()), GB18030)).isEqualTo(CSV);
    }

    @Test
    void rewritesTheDropFolderArchiveOnTheHubsDisk() throws IOException {
        Path done = Files.createDirectories(dir.resolve("drop/.done/20261121"));
        Files.write(done.resolve("offers.csv"), CSV.getBytes(GB18030));
        Path failed = Files.createDirectories(dir.resolve("drop/.failed"));
        Files.write(failed.resolve("offers.xlsx"), workbook("LI.WEI@example.cn"));

        InboxErasure.Report report = erasure.erase(person, Set.of(), "er-1");

        assertThat(new String(Files.readAllBytes(done.resolve("offers.csv")), GB18030)).doesNotContain("li.wei", "李伟", "0013")
                .contains("王芳,wang.fang@example.cn");
        assertThat(failed.resolve("offers.xlsx")).doesNotExist();
        assertThat(report.dropFolderFiles()).isEqualTo(2);
        assertThat(report.dropFolderFilesRewritten()).isEqualTo(1);
        assertThat(report.dropFolderFilesDropped()).isEqualTo(1);
    }

    private static byte[] workbook(String email) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("人才");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("externalId");
            header.createCell(1).setCellValue("contact.email");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("T-1");
            row.createCell(1).setCellValue(email);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
