package org.loungehub.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Cuts a text to what the model reads: its first {@code maxTokens} tokens, counted by the model's own tokenizer,
 * ending on a whole word. Deterministic: the same text always gives the same cut.
 */
final class TokenWindow implements AutoCloseable {

    private final HuggingFaceTokenizer tokenizer;
    private final int maxTokens;

    TokenWindow(InputStream tokenizerJson, int maxTokens) {
        try (tokenizerJson) {
            // No truncation: the whole text is tokenized so that the cut is ours, not the tokenizer's.
            this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                    Map.of("padding", "false", "truncation", "false", "maxLength", "100000"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedding model's tokenizer", e);
        }
        this.maxTokens = maxTokens;
    }

    int maxTokens() {
        return maxTokens;
    }

    /** The number of tokens of the text, without the model's special tokens. */
    int count(String text) {
        return tokenizer.encode(text, false, false).getIds().length;
    }

    /** The longest start of the text that fits the window; the text itself when it fits. */
    String cut(String text) {
        Encoding encoding = tokenizer.encode(text, false, false);
        if (encoding.getIds().length <= maxTokens) {
            return text;
        }
        String[] tokens = encoding.getTokens();
        CharSpan[] spans = encoding.getCharTokenSpans();
        // Do not end inside a word: a "##" token continues the one before it.
        int next = maxTokens;
        while (next > 0 && tokens[next].startsWith("##")) {
            next--;
        }
        if (next == 0) {
            next = maxTokens; // one word longer than the window: cut inside it
        }
        int last = next - 1;
        while (last >= 0 && spans[last] == null) {
            last--;
        }
        if (last < 0) {
            return "";
        }
        // The tokenizer counts code points; Java strings count UTF-16 units.
        int end = text.offsetByCodePoints(0, Math.min(spans[last].getEnd(), text.codePointCount(0, text.length())));
        return text.substring(0, end).stripTrailing();
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
