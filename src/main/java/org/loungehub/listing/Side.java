package org.loungehub.listing;

import java.util.Locale;
import java.util.Optional;

/** Whether a listing offers something (supply) or asks for it (demand). */
public enum Side {
    SUPPLY, DEMAND;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Side counterpart() {
        return this == SUPPLY ? DEMAND : SUPPLY;
    }

    public static Optional<Side> parse(String value) {
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
