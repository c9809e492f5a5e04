package org.loungehub.match;

import java.util.Arrays;
import java.util.Locale;

/** The independent rankings fused into one: each finds candidates its own way. */
public enum Signal {
    /** BM25 over the multilingual analyzed fields, the query widened with its concepts' labels in other languages. */
    BM25,
    /** Cosine similarity of in-process embeddings (kNN on the listing vectors). */
    VECTOR,
    /** Overlap of bilingual concepts tagged in the query and in the listing. */
    CONCEPTS;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Signal parse(String value) {
        for (Signal signal : values()) {
            if (signal.value().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return signal;
            }
        }
        throw new IllegalArgumentException("signal '" + value + "' is unknown; use some of "
                + Arrays.stream(values()).map(Signal::value).toList());
    }
}
