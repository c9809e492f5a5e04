package org.loungehub.match;

import java.util.List;
import java.util.Map;
import org.loungehub.listing.Kind;

/**
 * Which kinds answer a listing: a technology demand is met by technologies and by companies that build them, a talent
 * demand by people, a capital demand by investors — and the other way round for supplies.
 */
final class Counterparts {

    private static final Map<Kind, List<Kind>> KINDS = Map.of(
            Kind.TECHNOLOGY, List.of(Kind.TECHNOLOGY, Kind.COMPANY),
            Kind.COMPANY, List.of(Kind.COMPANY, Kind.TECHNOLOGY),
            Kind.TALENT, List.of(Kind.TALENT),
            Kind.CAPITAL, List.of(Kind.CAPITAL));

    private Counterparts() {
    }

    /** None for a listing of no known kind. */
    static List<Kind> of(Kind kind) {
        return kind == null ? List.of() : KINDS.get(kind);
    }
}
