package org.loungehub.listing;

import java.util.Locale;
import java.util.Optional;

/** What a listing is about. */
public enum Kind {
    COMPANY, TECHNOLOGY, TALENT, CAPITAL;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
