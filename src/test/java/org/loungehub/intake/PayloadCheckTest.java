package org.loungehub.intake;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.loungehub.intake.format.FeedFormat;

class PayloadCheckTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refusesHtmlDeclaredAsJsonSayingWhatItStartsWith() {
        assertThatThrownBy(() -> PayloadCheck.verify(FeedFormat.JSON, bytes("<html><body>502 Bad Gateway")))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("declared as JSON").hasMessageContaining("<html>");
    }

    @Test
    void refusesAnEmptyFeed() {
        assertThatThrownBy(() -> PayloadCheck.verify(FeedFormat.CSV, bytes("  \n ")))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("empty");
    }

    @Test
    void acceptsJsonAfterAByteOrderMarkAndWhitespace() {
        byte[] withBom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '[', '{', '}', ']'};
        assertThatCode(() -> PayloadCheck.verify(FeedFormat.JSON, withBom)).doesNotThrowAnyException();
        assertThatCode(() -> PayloadCheck.verify(FeedFormat.NDJSON, bytes("{\"a\":1}\n"))).doesNotThrowAnyException();
    }

    @Test
    void refusesJsonOrZipDeclaredAsCsvAndNonZipDeclaredAsXlsx() {
        assertThatThrownBy(() -> PayloadCheck.verify(FeedFormat.CSV, bytes("[{\"a\":1}]")))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("looks like JSON");
        assertThatThrownBy(() -> PayloadCheck.verify(FeedFormat.XLSX, bytes("a,b,c")))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("xlsx");
    }
}
