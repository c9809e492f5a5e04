package org.loungehub.search;

import java.util.Locale;
import org.loungehub.listing.Kind;
import org.loungehub.listing.Side;

/**
 * One search request as the API takes it, checked: unknown kinds or sides and out-of-range pages are the caller's
 * mistake and say how to fix it. Blank parameters mean "any".
 */
public record SearchQuery(String q, String kind, String side, String country, String industry, String language,
                          String partner, int page, int size) {

    public static final int MAX_SIZE = 100;
    /** Elasticsearch refuses from + size beyond this window; deeper pages need a narrower query. */
    static final int MAX_WINDOW = 10_000;

    public static SearchQuery of(String q, String kind, String side, String country, String industry, String language,
                                 String partner, Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? 20 : size;
        if (p < 1) {
            throw new IllegalArgumentException("page must be 1 or more (got " + p + ")");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + " (got " + s + ")");
        }
        if ((long) p * s > MAX_WINDOW) {
            throw new IllegalArgumentException("page " + p + " of size " + s + " is beyond the first " + MAX_WINDOW
                    + " results; narrow the query with filters (kind, country, industry, ...)");
        }
        return new SearchQuery(blankToNull(q), enumValue("kind", kind, Kind.class), enumValue("side", side, Side.class),
                country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT),
                blankToNull(industry), blankToNull(language), blankToNull(partner), p, s);
    }

    /** A whole-number parameter, or null when absent. */
    public static Integer number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number (got '" + value + "')");
        }
    }

    /** The same query restricted to one partner (a partner key's own). */
    public SearchQuery withPartner(String partnerId) {
        return new SearchQuery(q, kind, side, country, industry, language, partnerId, page, size);
    }

    int from() {
        return (page - 1) * size;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static <E extends Enum<E>> String enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return wanted;
            }
        }
        throw new IllegalArgumentException(name + " '" + value + "' is unknown; use one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    }
}
