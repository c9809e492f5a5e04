package org.loungehub.access;

import java.util.List;
import java.util.Objects;

/**
 * Whose listings a caller may read: a partner key only its own partner's (search, one listing, match, export);
 * every other role all of them. A partner that asks for another partner's listings by name ({@code partner=},
 * {@code filters.partners}) is refused with 403: the request cannot be served as asked, and saying so is clearer
 * than an empty answer. One listing of another partner, asked by id, is "not found": its existence is not told.
 */
public final class PartnerScope {

    private PartnerScope() {
    }

    /** The partner filter a search must apply: the caller's own partner for a partner key, else the one asked (null: all). */
    public static String partner(Caller caller, String requested) {
        Callers.required(caller);
        String own = caller.onlyPartner().orElse(null);
        if (own == null) {
            return requested;
        }
        if (requested != null && !requested.isBlank() && !requested.strip().equals(own)) {
            throw refused(caller, requested.strip());
        }
        return own;
    }

    /** As {@link #partner(Caller, String)} for a list of partners (empty or null: all the caller may read). */
    public static List<String> partners(Caller caller, List<String> requested) {
        Callers.required(caller);
        String own = caller.onlyPartner().orElse(null);
        if (own == null) {
            return requested;
        }
        if (requested != null) {
            requested.stream().filter(Objects::nonNull).map(String::strip).filter(p -> !p.equals(own)).findFirst()
                    .ifPresent(other -> {
                        throw refused(caller, other);
                    });
        }
        return List.of(own);
    }

    /** Whether the caller may read a listing of this partner; when not, the listing is answered as not found. */
    public static boolean mayRead(Caller caller, Object listingPartner) {
        Callers.required(caller);
        return caller.onlyPartner().map(own -> own.equals(listingPartner == null ? null : listingPartner.toString()))
                .orElse(true);
    }

    private static ForbiddenException refused(Caller caller, String other) {
        String own = caller.onlyPartner().orElseThrow();
        return new ForbiddenException("This key acts for partner '" + own + "' and reads only its listings, not those of '"
                + other + "'; leave the partner filter out or set it to '" + own + "'");
    }
}
