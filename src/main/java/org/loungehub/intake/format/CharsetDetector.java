package org.loungehub.intake.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides the charset of a text feed: a declared charset wins; else a byte-order mark; else the first
 * {@value #SNIFF_BYTES} bytes are UTF-8 if they decode as UTF-8, and GB18030 otherwise — the superset of GBK and
 * GB2312 that Excel on Chinese Windows writes. Other legacy charsets (Big5, Windows-1255) must be declared.
 */
public final class CharsetDetector {

    public static final int SNIFF_BYTES = 64 * 1024;
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The charset and the length of the byte-order mark to skip (0 when there is none or the decoder eats it). */
    public record Detection(Charset charset, int bomLength) {
    }

    private CharsetDetector() {
    }

    /**
     * @param head        the first bytes of the stream
     * @param length      how many bytes of {@code head} are valid
     * @param endOfStream whether {@code head} holds the whole stream (else a multi-byte sequence cut at the end of
     *                    the window is not an error)
     * @param declared    the partner's declared charset, or null
     */
    public static Detection detect(byte[] head, int length, boolean endOfStream, Charset declared) {
        Charset fromBom = bomCharset(head, length);
        int bom = bomLength(head, length);
        if (declared != null) {
            return new Detection(declared, fromBom != null && fromBom.equals(declared) ? bom : 0);
        }
        if (fromBom != null) {
            return new Detection(fromBom, bom);
        }
        return new Detection(isUtf8(head, length, endOfStream) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    static int bomLength(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return 3;
        }
        return bomCharset(head, length) != null ? 2 : 0;
    }

    private static Charset bomCharset(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isUtf8(byte[] head, int length, boolean endOfStream) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, 0, length);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, endOfStream);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                // Without endOfStream, an incomplete sequence at the window's end is left in `in`: not an error.
                return !endOfStream || decoder.flush(out).isUnderflow();
            }
            out.clear();
        }
    }
}
