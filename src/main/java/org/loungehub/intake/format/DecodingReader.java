package org.loungehub.intake.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;

/**
 * Decodes like {@link java.io.InputStreamReader}, but counts the byte sequences that are invalid in the charset
 * (each becomes U+FFFD) so that a CSV reader can blame the record they fall in instead of indexing mojibake.
 */
final class DecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    private boolean endOfInput;
    private boolean flushed;
    /** Absolute position of chars[0]; with the positions of the replacements not yet read, ties counts to reads. */
    private long base;
    private final ArrayDeque<Long> replacements = new ArrayDeque<>();
    private long malformed;

    DecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    /** How many invalid byte sequences were met in the characters read so far (not those decoded ahead). */
    long malformed() {
        long read = base + chars.position();
        while (!replacements.isEmpty() && replacements.peekFirst() < read) {
            replacements.pollFirst();
            malformed++;
        }
        return malformed;
    }

    String charsetName() {
        return decoder.charset().name();
    }

    @Override
    public int read() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        return chars.get();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (flushed) {
            return false;
        }
        base += chars.limit();
        chars.clear();
        while (chars.position() == 0) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                bytes.position(bytes.position() + result.length());
                replacements.addLast(base + chars.position());
                chars.put('\uFFFD');
            } else if (result.isOverflow() || chars.position() > 0) {
                break;
            } else if (endOfInput) {
                decoder.flush(chars);
                flushed = true;
                break;
            } else {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
