package org.loungehub.docking;

import java.util.Objects;
import java.util.Set;

/** Two languages an interpreter bridges, in a fixed order so that zh↔he and he↔zh are one pair. */
public record LanguagePair(Language first, Language second) {

    public LanguagePair {
        Objects.requireNonNull(first);
        Objects.requireNonNull(second);
        if (first == second) {
            throw new IllegalArgumentException("an interpreter bridges two different languages: " + first);
        }
        if (first.compareTo(second) > 0) {
            Language swap = first;
            first = second;
            second = swap;
        }
    }

    public static LanguagePair of(Language a, Language b) {
        return new LanguagePair(a, b);
    }

    /** Whether an interpreter of this pair lets one side speaking {@code a} and the other {@code b} meet. */
    public boolean bridges(Set<Language> a, Set<Language> b) {
        return a.contains(first) && b.contains(second) || a.contains(second) && b.contains(first);
    }

    @Override
    public String toString() {
        return first.code() + "↔" + second.code();
    }
}
