package org.loungehub.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.regex.Matcher;

/**
 * Rewrites a text file (a feed payload) in its own charset with a person's values masked, streaming: the file is
 * never held whole in memory, and every byte outside a masked value comes out as it went in (decoding and encoding
 * are strict, so a file that is not valid in its charset fails with a CharacterCodingException instead of being
 * altered elsewhere).
 */
public final class PayloadRewriter {

    private static final int CHUNK = 64 * 1024;
    /** Characters kept before the unread part, so that a value's left boundary is judged on what precedes it. */
    private static final int CONTEXT = 8;

    private PayloadRewriter() {
    }

    /** How many identifiers and names were masked. */
    public record Result(long identifiers, long names) {
        public boolean changed() {
            return identifiers + names > 0;
        }
    }

    public static Result rewrite(InputStream in, OutputStream out, Charset charset, TextMask mask) throws IOException {
        Reader reader = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        Writer writer = new OutputStreamWriter(out, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        Window window = new Window(writer, mask);
        char[] buffer = new char[CHUNK];
        for (int n; (n = reader.read(buffer)) != -1; ) {
            window.append(buffer, n);
        }
        window.finish();
        writer.flush();
        return new Result(window.identifiers, window.names);
    }

    /** The decoded text not yet written: a little already-written context, then what is still to be judged. */
    private static final class Window {
        private final Writer writer;
        private final TextMask mask;
        private final int holdBack;
        private final StringBuilder text = new StringBuilder();
        private int from;
        private long identifiers;
        private long names;

        Window(Writer writer, TextMask mask) {
            this.writer = writer;
            this.mask = mask;
            this.holdBack = mask.isEmpty() ? 0 : mask.longestMatch() + 64;
        }

        void append(char[] chars, int length) throws IOException {
            text.append(chars, 0, length);
            if (text.length() - from > holdBack + CHUNK) {
                process(false);
            }
        }

        void finish() throws IOException {
            process(true);
        }

        /** Writes everything that can be decided now: all of it at the end, else up to holdBack before the end. */
        private void process(boolean end) throws IOException {
            int safe = end ? text.length() : text.length() - holdBack;
            int written = from;
            if (!mask.isEmpty()) {
                Matcher m = mask.pattern().matcher(text);
                m.useTransparentBounds(true).useAnchoringBounds(false).region(from, text.length());
                while (m.find() && (end || m.start() < safe)) {
                    writer.append(text, written, m.start()).append(TextMask.ERASED);
                    written = m.end();
                    if (mask.isIdentifier(m)) {
                        identifiers++;
                    } else {
                        names++;
                    }
                }
            }
            int cut = Math.max(written, safe);
            writer.append(text, written, cut);
            int keep = Math.max(0, cut - CONTEXT);
            text.delete(0, keep);
            from = cut - keep;
        }
    }
}
