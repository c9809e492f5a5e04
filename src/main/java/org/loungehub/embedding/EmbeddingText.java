package org.loungehub.embedding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The text embedded for a listing, already cut to what the model reads, and its cache key: sha256 of the model id
 * and the text. A listing whose other fields change (country, contact, ...) keeps its key, so its vector comes from
 * the cache; another model gives other keys, so its vectors never mix with this one's.
 *
 * @param text title, keywords and description, one per line, cut to the model's window
 * @param key lowercase hex sha256 of {@code modelId + "\n" + text}
 */
public record EmbeddingText(String text, String key) {

    public EmbeddingText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
    }

    /** The text of a listing as that space's model reads it; keywords joined by "; ", blank parts left out. */
    public static EmbeddingText of(Embedder embedder, VectorSpace space, String title, List<String> keywords,
                                   String description) {
        return of(space.model().id(), text -> embedder.truncate(space, text), title, keywords, description);
    }

    static EmbeddingText of(String modelId, UnaryOperator<String> truncate,
                            String title, List<String> keywords, String description) {
        String text = truncate.apply(compose(title, keywords, description));
        return new EmbeddingText(text, key(modelId, text));
    }

    static String compose(String title, List<String> keywords, String description) {
        List<String> parts = new ArrayList<>(3);
        add(parts, title);
        if (keywords != null) {
            add(parts, String.join("; ", keywords.stream().filter(Objects::nonNull).map(String::strip)
                    .filter(k -> !k.isEmpty()).toList()));
        }
        add(parts, description);
        return modelReadable(String.join("\n", parts));
    }

    private static final java.util.regex.Pattern UNREADABLE = java.util.regex.Pattern.compile("[\\p{IsHebrew}\\p{IsArabic}]+");

    /**
     * The text without the scripts the model has no vocabulary for (Hebrew, Arabic): their words would only become
     * unknown tokens, which say nothing about the listing but weigh on the vector of a short text (a job title with
     * a Hebrew city).
     */
    public static String modelReadable(String text) {
        return UNREADABLE.matcher(text).replaceAll(" ").replaceAll("[ \\t]{2,}", " ").strip();
    }

    private static void add(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part.strip());
        }
    }

    static String key(String modelId, String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(modelId.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
