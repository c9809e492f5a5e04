package org.loungehub.intake.format;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loungehub.intake.format.Feeds.readAll;

class CsvRecordReaderTest {

    private static final ReaderOptions DEFAULTS = ReaderOptions.defaults();

    @Test
    void detectsGb18030AndDecodesTheChineseOfTheCslSample() {
        List<RawRecord> records = readAll(FeedFormat.CSV, Feeds.resource("/samples/csl-offers/offers-gb18030.csv"),
                DEFAULTS);

        assertThat(records).hasSize(20).allSatisfy(r -> assertThat(r.error()).isNull());
        RawRecord first = records.get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.fields()).containsOnlyKeys("成果编号", "成果名称", "成果简介", "关键词", "学科领域")
                .containsEntry("成果编号", "CSL-D0001")
                .containsEntry("成果名称", "一种基于平方和优化的飞行器大角度机动镇定控制器设计方法")
                .containsEntry("学科领域", "兵器科学与技术");
        assertThat((String) first.fields().get("成果简介")).startsWith("采用修正的Rodrigues参数(MRP)");
        assertThat(records.get(19).fields()).containsEntry("成果编号", "CSL-D0020");
    }

    @Test
    void stripsTheUtf8ByteOrderMarkFromTheFirstColumnName() {
        List<RawRecord> records = readAll(FeedFormat.CSV, "\uFEFFcompany,city\nDriivz,הוד השרון\n", UTF_8, DEFAULTS);

        assertThat(records).singleElement().satisfies(r ->
                assertThat(r.fields()).containsExactly(Map.entry("company", "Driivz"), Map.entry("city", "הוד השרון")));
    }

    @Test
    void readsUtf16WhenItsByteOrderMarkSaysSo() {
        byte[] bytes = "\uFEFFname,city\r\n青岛客厅,青岛\r\n".getBytes(StandardCharsets.UTF_16LE);

        List<RawRecord> records = readAll(FeedFormat.CSV, new ByteArrayInputStream(bytes), DEFAULTS);

        assertThat(records).singleElement().satisfies(r ->
                assertThat(r.fields()).containsEntry("name", "青岛客厅").containsEntry("city", "青岛"));
    }

    @Test
    void keepsQuotedNewlinesDelimitersAndEscapedQuotesInsideAField() {
        String csv = "id,text,note\r\n"
                + "1,\"first line\r\nsecond, with comma\",\"say \"\"shalom\"\"\"\r\n"
                + "2,plain,\"\"\r\n";

        List<RawRecord> records = readAll(FeedFormat.CSV, csv, UTF_8, DEFAULTS);

        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields())
                .containsEntry("text", "first line\r\nsecond, with comma")
                .containsEntry("note", "say \"shalom\"");
        assertThat(records.get(1).number()).isEqualTo(2);
        assertThat(records.get(1).fields()).containsEntry("text", "plain").containsEntry("note", "");
    }

    @Test
    void reportsARaggedRowAndGoesOnWithTheNextRows() {
        String csv = "a,b,c\n1,2,3\n4,5\n6,7,8\n";

        List<RawRecord> records = readAll(FeedFormat.CSV, csv, UTF_8, DEFAULTS);

        assertThat(records).extracting(RawRecord::number).containsExactly(1L, 2L, 3L);
        assertThat(records.get(1).error()).isEqualTo("record 2: expected 3 columns, found 2");
        assertThat(records.get(2).error()).isNull();
        assertThat(records.get(2).fields()).containsEntry("c", "8");
    }

    @Test
    void usesTheDeclaredCharsetAndDelimiter() {
        byte[] bytes = "名称;城市\n海尔;青岛\n".getBytes(CharsetDetector.GB18030);
        ReaderOptions options = DEFAULTS.withCharset(CharsetDetector.GB18030).withDelimiter(';');

        List<RawRecord> records = readAll(FeedFormat.CSV, new ByteArrayInputStream(bytes), options);

        assertThat(records).singleElement().satisfies(r ->
                assertThat(r.fields()).containsEntry("名称", "海尔").containsEntry("城市", "青岛"));
    }

    @Test
    void blamesOnlyTheRecordWithBytesInvalidForTheCharset() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("name,city\nok,Haifa\n".getBytes(UTF_8));
        bytes.write(new byte[] {'b', 'a', 'd', ',', (byte) 0xC3, (byte) 0x28, '\n'});
        bytes.write("fine,Qingdao\n".getBytes(UTF_8));

        List<RawRecord> records = readAll(FeedFormat.CSV, new ByteArrayInputStream(bytes.toByteArray()),
                DEFAULTS.withCharset(UTF_8));

        assertThat(records).extracting(RawRecord::error)
                .containsExactly(null, "record 2: invalid bytes for charset UTF-8", null);
        assertThat(records.get(2).fields()).containsEntry("city", "Qingdao");
    }

    @Test
    void skipsBlankLinesAndReadsALastRecordWithoutLineBreak() {
        List<RawRecord> records = readAll(FeedFormat.CSV, "a,b\n\n1,2\r\n\r\n3,4", UTF_8, DEFAULTS);

        assertThat(records).extracting(r -> r.fields().get("b")).containsExactly("2", "4");
        assertThat(records).extracting(RawRecord::number).containsExactly(1L, 2L);
    }

    @Test
    void reportsAQuotedFieldThatIsNeverClosed() {
        List<RawRecord> records = readAll(FeedFormat.CSV, "a,b\n1,2\n3,\"never closed\n4,5\n", UTF_8, DEFAULTS);

        assertThat(records).hasSize(2);
        assertThat(records.get(1).error()).isEqualTo("record 2: a quoted field is not closed before the end of the feed");
    }

    @Test
    void reportsTextAfterAClosingQuoteAndKeepsTheRecordBoundary() {
        List<RawRecord> records = readAll(FeedFormat.CSV, "a,b\n\"x\"y,2\n3,4\n", UTF_8, DEFAULTS);

        assertThat(records.get(0).error()).isEqualTo("record 1: field 1: text after a closing quote");
        assertThat(records.get(1).fields()).containsEntry("a", "3");
    }

    @Test
    void turnsAnOversizedRecordIntoAnErrorAndReadsTheNextOne() {
        String csv = "a,b\n" + "x".repeat(5_000) + ",1\nsmall,2\n";

        List<RawRecord> records = readAll(FeedFormat.CSV, csv, UTF_8, DEFAULTS.withMaxRecordBytes(1_000));

        assertThat(records.get(0).error()).isEqualTo("record 1: longer than 1000 characters");
        assertThat(records.get(1).fields()).containsEntry("a", "small");
    }

    @Test
    void rejectsAnHtmlPageSentAsCsv() {
        assertThatThrownBy(() -> readAll(FeedFormat.CSV, "<html><body>502 Bad Gateway</body></html>\n", UTF_8,
                DEFAULTS))
                .isInstanceOf(MalformedFeedException.class)
                .hasMessageContaining("not CSV");
    }

    @Test
    void rejectsAHeaderThatNamesAColumnTwice() {
        assertThatThrownBy(() -> readAll(FeedFormat.CSV, "id,name,id\n1,2,3\n", UTF_8, DEFAULTS))
                .isInstanceOf(MalformedFeedException.class)
                .hasMessageContaining("'id' twice");
    }

    @Test
    void anEmptyFeedHasNoRecords() {
        assertThat(readAll(FeedFormat.CSV, "", UTF_8, DEFAULTS)).isEmpty();
    }

    @Test
    void handsOutTheFirstRecordWithoutReadingTheWholeFeed() throws IOException {
        Feeds.EndlessFeed feed = new Feeds.EndlessFeed("id,title\n", "42,\"a title, quoted\"\n", 256 * 1024);

        try (RecordReader reader = Feeds.READERS.open(feed, FeedFormat.CSV)) {
            assertThat(reader.next().fields()).containsEntry("title", "a title, quoted");
            assertThat(reader.next().number()).isEqualTo(2);
        }
        assertThat(feed.position()).isLessThanOrEqualTo(256 * 1024);
    }
}
