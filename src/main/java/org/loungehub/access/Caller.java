package org.loungehub.access;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling: the key (or token subject), its role and, for a partner, the partner it acts for. Set by the
 * security filters on every authenticated request (request attribute {@link #ATTRIBUTE}) and handed to Camel routes
 * as the exchange property {@code caller}.
 */
public record Caller(String id, Role role, String partnerId) {

    public static final String ATTRIBUTE = "org.loungehub.access.Caller";

    public Caller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        if (role == Role.PARTNER && (partnerId == null || partnerId.isBlank())) {
            throw new IllegalArgumentException("A partner caller needs its partnerId");
        }
        if (role != Role.PARTNER) {
            partnerId = null;
        }
    }

    /** Staff or admin: sees and may change everything about listings. */
    public boolean isStaff() {
        return role == Role.ADMIN || role == Role.STAFF;
    }

    /** May write for, and read the batches and dead letters of, this partner. */
    public boolean actsFor(String partner) {
        return isStaff() || (role == Role.PARTNER && partnerId.equals(partner));
    }

    /** May see personal contact data (names, emails, phones) of a listing of this partner. */
    public boolean seesContactsOf(String listingPartner) {
        return actsFor(listingPartner);
    }

    /** The only partner whose listings this caller may read, if it is restricted to one. */
    public Optional<String> onlyPartner() {
        return role == Role.PARTNER ? Optional.of(partnerId) : Optional.empty();
    }
}
