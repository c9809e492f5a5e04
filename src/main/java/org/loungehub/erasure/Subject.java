package org.loungehub.erasure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.loungehub.listing.Contact;
import org.loungehub.normalize.ContactValues;
import org.loungehub.privacy.SubjectKeys;
import org.loungehub.privacy.TextMask;

/**
 * The person an erasure is about, in the forms the hub stores: e-mail addresses (lower case), phones (E.164 or
 * digits), listing ids, and the names their own listings gave. It grows as their listings are found: the phone
 * of a listing found by e-mail is theirs too.
 */
record Subject(Set<String> emails, Set<String> phones, Set<String> listingIds, Set<String> names) {

    static final int MAX_LISTING_IDS = 1000;

    Subject {
        emails = Set.copyOf(emails);
        phones = Set.copyOf(phones);
        listingIds = Set.copyOf(listingIds);
        names = Set.copyOf(names);
    }

    /** Checks the request; messages never repeat the values (they may be logged). */
    static Subject of(ErasureRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("Send {\"email\", \"phone\", \"listingIds\", \"reason\"}: at least one of"
                    + " email, phone and listingIds, and the reason");
        }
        Set<String> emails = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        if (request.email() != null && !request.email().isBlank()) {
            emails.add(ContactValues.email(request.email()).orElseThrow(() ->
                    new IllegalArgumentException("email is not an e-mail address; send one such as name@example.com")));
        }
        if (request.phone() != null && !request.phone().isBlank()) {
            String country = country(request.country());
            phones.add(ContactValues.phone(request.phone(), country).orElseThrow(() ->
                    new IllegalArgumentException("phone is not a valid phone number" + (country == null ? "" : " in "
                            + country) + "; send it with its country code, such as +86 138 0013 8000")));
        }
        if (request.listingIds() != null) {
            if (request.listingIds().size() > MAX_LISTING_IDS) {
                throw new IllegalArgumentException("listingIds holds more than " + MAX_LISTING_IDS + " ids");
            }
            for (String id : request.listingIds()) {
                if (id == null || !id.strip().contains(":")) {
                    throw new IllegalArgumentException("listingIds must be listing ids such as lounge-desk:t-17 (partnerId:externalId)");
                }
                ids.add(id.strip());
            }
        }
        if (emails.isEmpty() && phones.isEmpty() && ids.isEmpty()) {
            throw new IllegalArgumentException("Name the person: at least one of email, phone and listingIds");
        }
        return new Subject(emails, phones, ids, Set.of());
    }

    /** The country of a national phone in the request: an ISO 3166-1 alpha-2 code, or null. */
    private static String country(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String code = given.strip().toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(code)) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 code such as IL, CN or DE: the country"
                    + " of a national phone number");
        }
        return code;
    }

    /**
     * With the contact of one of the person's own listings: its e-mail, phone and name are theirs.
     *
     * @param country the listing's country, which reads a phone it kept as digits (indexed before the hub knew
     *                its country's numbers) as the E.164 number it is too; null when it has none
     */
    Subject with(Contact contact, String country) {
        if (contact == null) {
            return this;
        }
        Set<String> e = new LinkedHashSet<>(emails);
        Set<String> p = new LinkedHashSet<>(phones);
        Set<String> n = new LinkedHashSet<>(names);
        ContactValues.email(contact.email()).ifPresent(e::add);
        ContactValues.phone(contact.phone(), null).ifPresent(p::add);
        ContactValues.phone(contact.phone(), country).ifPresent(p::add);
        if (contact.name() != null && !contact.name().isBlank()) {
            n.add(contact.name().strip());
        }
        return new Subject(e, p, listingIds, n);
    }

    /** The blocklist keys: every identifier, in every stored form, and the ids of the person's listings. */
    List<String> keys(SubjectKeys keys, Collection<String> personListingIds) {
        Set<String> hashes = new LinkedHashSet<>();
        emails.forEach(e -> hashes.add(keys.email(e)));
        phones.forEach(p -> hashes.addAll(keys.phoneForms(p)));
        listingIds.forEach(id -> hashes.add(keys.listing(id)));
        personListingIds.forEach(id -> hashes.add(keys.listing(id)));
        return List.copyOf(hashes);
    }

    TextMask mask() {
        TextMask.Builder mask = TextMask.builder();
        emails.forEach(mask::email);
        phones.forEach(mask::phone);
        names.forEach(mask::name);
        return mask.build();
    }

    /** What the request named (never the values): email, phone, listingIds. */
    List<String> given() {
        List<String> given = new ArrayList<>();
        if (!emails.isEmpty()) {
            given.add("email");
        }
        if (!phones.isEmpty()) {
            given.add("phone");
        }
        if (!listingIds.isEmpty()) {
            given.add("listingIds");
        }
        return given;
    }
}
