package org.loungehub.intake.format;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetDetectorTest {

    @Test
    void takesUtf8WhenTheHeadDecodesAsUtf8() {
        byte[] head = "名称,城市\nשלום,青岛\n".getBytes(StandardCharsets.UTF_8);

        assertThat(CharsetDetector.detect(head, head.length, true, null))
                .isEqualTo(new CharsetDetector.Detection(StandardCharsets.UTF_8, 0));
    }

    @Test
    void takesGb18030WhenTheHeadIsNotUtf8() {
        byte[] head = "成果编号,成果名称\n".getBytes(CharsetDetector.GB18030);

        assertThat(CharsetDetector.detect(head, head.length, true, null).charset()).isEqualTo(CharsetDetector.GB18030);
    }

    @Test
    void aUtf8SequenceCutByTheEndOfTheWindowIsNotAnError() {
        byte[] whole = "abc青".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);

        assertThat(CharsetDetector.detect(cut, cut.length, false, null).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetDetector.detect(cut, cut.length, true, null).charset()).isEqualTo(CharsetDetector.GB18030);
    }

    @Test
    void followsAByteOrderMarkAndSkipsIt() {
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        byte[] utf16le = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
        byte[] utf16be = {(byte) 0xFE, (byte) 0xFF, 0, 'a'};

        assertThat(CharsetDetector.detect(utf8, 4, true, null))
                .isEqualTo(new CharsetDetector.Detection(StandardCharsets.UTF_8, 3));
        assertThat(CharsetDetector.detect(utf16le, 4, true, null))
                .isEqualTo(new CharsetDetector.Detection(StandardCharsets.UTF_16LE, 2));
        assertThat(CharsetDetector.detect(utf16be, 4, true, null))
                .isEqualTo(new CharsetDetector.Detection(StandardCharsets.UTF_16BE, 2));
    }

    @Test
    void aDeclaredCharsetWinsOverTheSniff() {
        byte[] head = "plain ascii".getBytes(StandardCharsets.US_ASCII);
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};

        assertThat(CharsetDetector.detect(head, head.length, true, CharsetDetector.GB18030))
                .isEqualTo(new CharsetDetector.Detection(CharsetDetector.GB18030, 0));
        assertThat(CharsetDetector.detect(withBom, 4, true, StandardCharsets.UTF_8).bomLength()).isEqualTo(3);
    }
}
