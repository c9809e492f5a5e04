package org.loungehub.intake.format;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loungehub.intake.format.Feeds.readAll;

class NdjsonRecordReaderTest {

    private static final ReaderOptions DEFAULTS = ReaderOptions.defaults();

    @Test
    void reportsAMalformedLineByItsNumberAndReadsTheOthers() {
        String feed = """
                {"name": "Clicko-Brick"}
                {"name": "CTS"}
                {"name": broken
                {"name": "Silmet"}
                """;

        List<RawRecord> records = readAll(FeedFormat.NDJSON, feed, UTF_8, DEFAULTS);

        assertThat(records).extracting(RawRecord::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(records.get(2).error()).startsWith("line 3: malformed JSON: Unrecognized token 'broken'");
        assertThat(records).filteredOn(r -> r.error() == null)
                .extracting(r -> r.fields().get("name")).containsExactly("Clicko-Brick", "CTS", "Silmet");
    }

    @Test
    void keepsNestedValuesAsMapsAndListsAndNumbersExact() {
        String feed = "{\"addresses\": [{\"city\": \"הרצליה\", \"lat\": 32.1725062, \"houseNumber\": 4}], "
                + "\"isActive\": true, \"xId\": null}\n";

        RawRecord record = readAll(FeedFormat.NDJSON, feed, UTF_8, DEFAULTS).get(0);

        assertThat(record.fields()).containsEntry("isActive", true).containsEntry("xId", null);
        assertThat(record.fields().get("addresses")).isEqualTo(
                List.of(Map.of("city", "הרצליה", "lat", new BigDecimal("32.1725062"), "houseNumber", 4)));
    }

    @Test
    void countsBlankLinesButYieldsNoRecordForThem() {
        List<RawRecord> records = readAll(FeedFormat.NDJSON, "{\"a\":1}\r\n\r\n  \n{\"a\":2}", UTF_8, DEFAULTS);

        assertThat(records).extracting(RawRecord::number).containsExactly(1L, 4L);
    }

    @Test
    void reportsALineThatIsNotAnObjectOrHoldsTwoValues() {
        List<RawRecord> records = readAll(FeedFormat.NDJSON, "{\"a\":1}\n[1,2]\n{\"a\":2} {\"a\":3}\n", UTF_8,
                DEFAULTS);

        assertThat(records).extracting(RawRecord::error).containsExactly(null,
                "line 2: expected a JSON object, found an array",
                "line 3: more than one JSON value on the line");
    }

    @Test
    void turnsAnOversizedLineIntoAnErrorAndReadsTheNextOne() {
        String feed = "{\"a\":\"" + "x".repeat(5_000) + "\"}\n{\"a\":\"small\"}\n";

        List<RawRecord> records = readAll(FeedFormat.NDJSON, feed, UTF_8, DEFAULTS.withMaxRecordBytes(1_000));

        assertThat(records.get(0).error()).isEqualTo("line 1: longer than 1000 bytes");
        assertThat(records.get(1).fields()).containsEntry("a", "small");
    }

    @Test
    void readsLinesLongerThanItsReadBufferIntact() {
        String text = "长".repeat(100_000);
        String feed = "{\"a\":\"" + text + "\"}\r\n{\"a\":\"next\"}";

        List<RawRecord> records = readAll(FeedFormat.NDJSON, feed, UTF_8, DEFAULTS);

        assertThat(records).extracting(r -> r.fields().get("a")).containsExactly(text, "next");
    }

    @Test
    void rejectsAPayloadThatIsNotNdjsonAtAll() {
        assertThatThrownBy(() -> readAll(FeedFormat.NDJSON, "<!DOCTYPE html>\n<html></html>", UTF_8, DEFAULTS))
                .isInstanceOf(MalformedFeedException.class)
                .hasMessageContaining("not NDJSON: line 1 starts with '<!DOCTYPE");
    }

    @Test
    void readsTheShippedTechmapSample() {
        List<RawRecord> records = readAll(FeedFormat.NDJSON,
                Feeds.resource("/samples/techmap-companies/companies.ndjson"), DEFAULTS);

        assertThat(records).hasSize(20).allSatisfy(r -> assertThat(r.error()).isNull());
        assertThat(records.get(0).fields()).containsEntry("registryNumber", "067179978");
    }

    @Test
    void handsOutTheFirstRecordWithoutReadingTheWholeFeed() throws IOException {
        Feeds.EndlessFeed feed = new Feeds.EndlessFeed("", "{\"name\": \"endless\", \"n\": 1}\n", 256 * 1024);

        try (RecordReader reader = Feeds.READERS.open(feed, FeedFormat.NDJSON)) {
            assertThat(reader.next().fields()).containsEntry("name", "endless");
            assertThat(reader.next().number()).isEqualTo(2);
        }
    }
}
