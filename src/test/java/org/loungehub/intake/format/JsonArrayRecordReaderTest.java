package org.loungehub.intake.format;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loungehub.intake.format.Feeds.readAll;

class JsonArrayRecordReaderTest {

    private static final ReaderOptions DEFAULTS = ReaderOptions.defaults();

    @Test
    void streamsTheElementsOfAnArray() {
        String feed = """
                [
                  {"externalId": "il-1", "keywords": ["radar", "elderly care"], "contact": {"name": "Dana"}},
                  {"externalId": "il-2"}
                ]
                """;

        List<RawRecord> records = readAll(FeedFormat.JSON, feed, UTF_8, DEFAULTS);

        assertThat(records).extracting(RawRecord::number).containsExactly(1L, 2L);
        assertThat(records.get(0).fields())
                .containsEntry("keywords", List.of("radar", "elderly care"))
                .containsEntry("contact", Map.of("name", "Dana"));
    }

    @Test
    void aSyntaxErrorEndsTheFeedWithOneErrorRecord() {
        String feed = "[{\"a\": 1}, {\"a\": 2,, }, {\"a\": 3}]";

        List<RawRecord> records = readAll(FeedFormat.JSON, feed, UTF_8, DEFAULTS);

        assertThat(records).hasSize(2);
        assertThat(records.get(1).number()).isEqualTo(2);
        assertThat(records.get(1).error()).startsWith("element 2: malformed JSON at line 1, column");
    }

    @Test
    void reportsAnElementThatIsNotAnObjectAndGoesOn() {
        List<RawRecord> records = readAll(FeedFormat.JSON, "[{\"a\":1}, [1, [2]], \"x\", {\"a\":2}]", UTF_8, DEFAULTS);

        assertThat(records).extracting(RawRecord::error).containsExactly(null,
                "element 2: expected a JSON object, found an array",
                "element 3: expected a JSON object, found a string", null);
        assertThat(records.get(3).fields()).containsEntry("a", 2);
    }

    @Test
    void skipsAnOversizedElementAndReadsTheNextOne() {
        String big = "{\"parts\": [" + "\"xxxxxxxxxx\",".repeat(500) + "\"end\"], \"deep\": {\"a\": [1]}}";
        String feed = "[" + big + ", {\"a\": \"small\"}]";

        List<RawRecord> records = readAll(FeedFormat.JSON, feed, UTF_8, DEFAULTS.withMaxRecordBytes(1_000));

        assertThat(records.get(0).error()).isEqualTo("element 1: larger than 1000 bytes");
        assertThat(records.get(1).fields()).containsEntry("a", "small");
    }

    @Test
    void readsASingleObjectAsOneRecord() {
        assertThat(readAll(FeedFormat.JSON, "{\"title\": \"one\"}", UTF_8, DEFAULTS))
                .singleElement().satisfies(r -> assertThat(r.fields()).containsEntry("title", "one"));
    }

    @Test
    void reportsATruncatedArray() {
        List<RawRecord> records = readAll(FeedFormat.JSON, "[{\"a\": 1},", UTF_8, DEFAULTS);

        assertThat(records.get(1).error()).contains("element 2");
    }

    @Test
    void rejectsAnHtmlPageDeclaredAsJson() {
        assertThatThrownBy(() -> readAll(FeedFormat.JSON, "<html><body>Login</body></html>", UTF_8, DEFAULTS))
                .isInstanceOf(MalformedFeedException.class)
                .hasMessageStartingWith("not JSON: Unexpected character ('<'");
    }

    @Test
    void rejectsJsonThatIsNotAnArrayOfObjects() {
        assertThatThrownBy(() -> readAll(FeedFormat.JSON, "\"just a string\"", UTF_8, DEFAULTS))
                .isInstanceOf(MalformedFeedException.class)
                .hasMessage("expected a JSON array of objects, found a string");
    }

    @Test
    void handsOutTheFirstElementWithoutReadingTheWholeArray() throws IOException {
        Feeds.EndlessFeed feed = new Feeds.EndlessFeed("[", "{\"name\": \"endless\"},\n", 256 * 1024);

        try (RecordReader reader = Feeds.READERS.open(feed, FeedFormat.JSON)) {
            assertThat(reader.next().fields()).containsEntry("name", "endless");
            assertThat(reader.next().number()).isEqualTo(2);
        }
    }
}
