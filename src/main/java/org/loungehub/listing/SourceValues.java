package org.loungehub.listing;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Values of a stored listing's {@code _source} (read as plain maps), in the shapes the canonical model has. */
public final class SourceValues {

    private SourceValues() {
    }

    /** A text field; null when absent. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A list-of-text field (a single value is a list of one); empty when absent, nulls left out. */
    public static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        return List.of(value.toString());
    }
}
