package org.loungehub.privacy;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The people erased so far, as keyed hashes (SubjectKeys) with the erasure that named them: what intake checks
 * every new record against.
 */
public record Blocklist(Map<String, Entry> entries) {

    public static final Blocklist EMPTY = new Blocklist(Map.of());

    public Blocklist {
        entries = Map.copyOf(entries);
    }

    /** The latest erasure naming any of these keys. */
    public Optional<Entry> find(Collection<String> keys) {
        return keys.stream().map(entries::get).filter(e -> e != null).max((a, b) -> a.at().compareTo(b.at()));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** @param at when the erasure was made: consent given after it lets the person back in */
    public record Entry(String erasureId, Instant at) {
    }
}
