package org.loungehub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PayloadRewriterTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private final TextMask mask = TextMask.builder().email("li.wei@example.cn").phone("+8613800138000").name("李伟").build();

    private static byte[] rewrite(byte[] payload, Charset charset, TextMask mask, PayloadRewriter.Result[] result)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result[0] = PayloadRewriter.rewrite(new ByteArrayInputStream(payload), out, charset, mask);
        return out.toByteArray();
    }

    @Test
    void leavesAGb18030FeedWithoutThePersonByteForByte() throws IOException {
        byte[] offers = Files.readAllBytes(Path.of("src/test/resources/samples/csl-offers/offers-gb18030.csv"));
        PayloadRewriter.Result[] result = new PayloadRewriter.Result[1];

        assertThat(rewrite(offers, GB18030, mask, result)).isEqualTo(offers);
        assertThat(result[0].changed()).isFalse();
    }

    @Test
    void masksThePersonInAGb18030CsvAndKeepsEveryOtherByte() throws IOException {
        String csv = "姓名,邮箱,电话,简介\n李伟,Li.Wei@example.cn,138 0013 8000,毫米波雷达工程师\n王芳,wang@example.cn,139 0000 0000,养老\n";
        PayloadRewriter.Result[] result = new PayloadRewriter.Result[1];

        byte[] rewritten = rewrite(csv.getBytes(GB18030), GB18030, mask, result);

        assertThat(new String(rewritten, GB18030)).isEqualTo(
                "姓名,邮箱,电话,简介\n[erased],[erased],[erased],毫米波雷达工程师\n王芳,wang@example.cn,139 0000 0000,养老\n");
        assertThat(result[0].identifiers()).isEqualTo(2);
        assertThat(result[0].names()).isEqualTo(1);
    }

    @Test
    void keepsAUtf8ByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] csv = "email\nli.wei@example.cn\n".getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[bom.length + csv.length];
        System.arraycopy(bom, 0, payload, 0, 3);
        System.arraycopy(csv, 0, payload, 3, csv.length);

        byte[] rewritten = rewrite(payload, StandardCharsets.UTF_8, mask, new PayloadRewriter.Result[1]);

        assertThat(rewritten).startsWith(bom);
        assertThat(new String(rewritten, 3, rewritten.length - 3, StandardCharsets.UTF_8)).isEqualTo("email\n[erased]\n");
    }

    @Test
    void findsValuesAcrossTheReadingWindowAndJudgesTheirBoundariesThere() throws IOException {
        StringBuilder ndjson = new StringBuilder();
        int lines = 0;
        while (ndjson.length() < 600_000) {
            // Every line holds the address, once whole and once as part of a longer one.
            ndjson.append("{\"n\":").append(lines++).append(",\"e\":\"li.wei@example.cn\",\"o\":\"ali.wei@example.cn\",")
                    .append("\"pad\":\"").append("雷".repeat(lines % 97)).append("\"}\n");
        }
        PayloadRewriter.Result[] result = new PayloadRewriter.Result[1];

        String rewritten = new String(rewrite(ndjson.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                mask, result), StandardCharsets.UTF_8);

        assertThat(rewritten).isEqualTo(ndjson.toString().replace("\"li.wei@example.cn\"", "\"[erased]\""));
        assertThat(result[0].identifiers()).isEqualTo(lines);
    }

    @Test
    void refusesAPayloadThatIsNotValidInItsCharset() {
        byte[] broken = {'a', ',', (byte) 0xFF, (byte) 0xFE, 'b', '\n'};
        assertThatThrownBy(() -> rewrite(broken, StandardCharsets.UTF_8, mask, new PayloadRewriter.Result[1]))
                .isInstanceOf(CharacterCodingException.class);
    }
}
