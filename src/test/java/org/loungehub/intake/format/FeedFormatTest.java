package org.loungehub.intake.format;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FeedFormatTest {

    private static byte[] head(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theContentTypeDecidesFirst() {
        assertThat(FeedFormat.detect("application/json; charset=utf-8", "feed.csv", head("a,b")))
                .contains(FeedFormat.JSON);
        assertThat(FeedFormat.detect("application/x-ndjson", null, null)).contains(FeedFormat.NDJSON);
        assertThat(FeedFormat.detect("application/jsonl", null, null)).contains(FeedFormat.NDJSON);
        assertThat(FeedFormat.detect("text/csv", null, null)).contains(FeedFormat.CSV);
        assertThat(FeedFormat.detect(FeedFormat.XLSX.mediaType(), null, null)).contains(FeedFormat.XLSX);
    }

    @Test
    void theFileExtensionDecidesWhenTheContentTypeIsGeneric() {
        assertThat(FeedFormat.detect("application/octet-stream", "Offers.XLSX", null)).contains(FeedFormat.XLSX);
        assertThat(FeedFormat.detect(null, "companies.ndjson", null)).contains(FeedFormat.NDJSON);
        assertThat(FeedFormat.detect(null, "jobs.jsonl", null)).contains(FeedFormat.NDJSON);
        assertThat(FeedFormat.detect("text/plain", "offers-gb18030.csv", null)).contains(FeedFormat.CSV);
        assertThat(FeedFormat.detect(null, "dump.json", null)).contains(FeedFormat.JSON);
    }

    @Test
    void theFirstBytesDecideLast() {
        assertThat(FeedFormat.detect(null, null, new byte[] {'P', 'K', 3, 4, 20, 0})).contains(FeedFormat.XLSX);
        assertThat(FeedFormat.detect(null, "upload", head("\uFEFF  [ {\"a\":1}]"))).contains(FeedFormat.JSON);
        assertThat(FeedFormat.detect(null, null, head("\n{\"a\":1}\n{\"a\":2}"))).contains(FeedFormat.NDJSON);
        assertThat(FeedFormat.detect(null, null, head("成果编号,成果名称"))).contains(FeedFormat.CSV);
    }

    @Test
    void nothingFitsAnHtmlPageOrAnEmptyPayload() {
        assertThat(FeedFormat.detect("text/html", "index.html", head("<html>"))).isEmpty();
        assertThat(FeedFormat.detect(null, null, new byte[0])).isEmpty();
        assertThat(FeedFormat.detect(null, null, null)).isEmpty();
    }

    @Test
    void parsesTheNamesUsedInConfigurations() {
        assertThat(FeedFormat.named("NDJSON")).contains(FeedFormat.NDJSON);
        assertThat(FeedFormat.named("jsonl")).contains(FeedFormat.NDJSON);
        assertThat(FeedFormat.named("xls")).isEmpty();
        assertThat(FeedFormat.CSV.id()).isEqualTo("csv");
    }
}
