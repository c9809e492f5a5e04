package org.loungehub.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Personal data in listings, and who sees it. Two places hold it: {@code contact} (a person's name, email and
 * phone) and {@code source.original}, the partner's record as it arrived (any of its fields may be personal: contact
 * persons, street addresses, whatever the partner's own shape carries). Only staff and the listing's own partner see
 * them; every other caller gets the listing without them, wherever it leaves the hub. Contact fields are stored
 * unindexed, so a query cannot find or highlight them; highlights are filtered anyway, in case that ever changes.
 */
public final class ListingRedaction {

    static final String CONTACT = "contact";
    static final String SOURCE = "source";
    static final String ORIGINAL = "original";

    private ListingRedaction() {
    }

    /** Whether this caller sees the personal data of a listing of this partner (null: an unknown partner). */
    public static boolean seesPersonalData(Caller caller, Object listingPartner) {
        Callers.required(caller);
        return caller.isStaff() || (listingPartner != null && caller.seesContactsOf(listingPartner.toString()));
    }

    /** The listing as this caller may see it: the same map when nothing is withheld, else a copy without it. */
    public static Map<String, Object> listing(Map<String, Object> listing, Caller caller) {
        if (listing == null || seesPersonalData(caller, listing.get("partnerId"))) {
            return listing;
        }
        Map<String, Object> view = new LinkedHashMap<>(listing);
        view.remove(CONTACT);
        if (view.get(SOURCE) instanceof Map<?, ?> source && source.containsKey(ORIGINAL)) {
            Map<Object, Object> copy = new LinkedHashMap<>(source);
            copy.remove(ORIGINAL);
            view.put(SOURCE, copy);
        }
        return view;
    }

    /** Highlighted fragments of a listing of this partner, without any of a personal field (keys as "contact.email"). */
    public static Map<String, List<String>> highlights(Map<String, List<String>> highlights, Object listingPartner,
                                                       Caller caller) {
        if (highlights == null || seesPersonalData(caller, listingPartner)) {
            return highlights;
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        highlights.forEach((field, fragments) -> {
            if (!personal(field)) {
                kept.put(field, fragments);
            }
        });
        return kept;
    }

    static boolean personal(String field) {
        return field.equals(CONTACT) || field.startsWith(CONTACT + ".")
                || field.equals(SOURCE) || field.startsWith(SOURCE + ".");
    }
}
