package org.loungehub.privacy;

import static org.loungehub.listing.CanonicalFields.CONTACT_EMAIL;
import static org.loungehub.listing.CanonicalFields.CONTACT_NAME;
import static org.loungehub.listing.CanonicalFields.CONTACT_PHONE;
import static org.loungehub.listing.CanonicalFields.EXTERNAL_ID;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loungehub.listing.Consent;
import org.loungehub.listing.Contact;
import org.loungehub.listing.FieldWarning;
import org.loungehub.listing.Listing;
import org.loungehub.listing.ListingDraft;
import org.loungehub.listing.SourceInfo;
import org.loungehub.normalize.ContactValues;
import org.springframework.stereotype.Component;

/**
 * What intake does with a new record of a person who was erased (see Blocklist), recognised by the listing id or by
 * the contact's e-mail or phone as the partner sent them (before any consent rule took them out):
 * <ul>
 *   <li>the person's own listing (talent supply, or a listing erased by its id) is not indexed;</li>
 *   <li>a listing that only names the person as its contact is indexed without the contact;</li>
 *   <li>unless the record carries the person's consent given after the erasure: then they came back.</li>
 * </ul>
 * Either way a warning names the record and the field, never the value.
 */
@Component
public class PersonScreen {

    private final SubjectKeys keys;

    public PersonScreen(SubjectKeys keys) {
        this.keys = keys;
    }

    /**
     * @param draft the mapped record, for the contact values as sent
     * @param listing the normalized listing
     */
    public Screened screen(ListingDraft draft, Listing listing, Blocklist erased) {
        if (erased.isEmpty()) {
            return Screened.kept(listing);
        }
        String email = ContactValues.email(draft.text(CONTACT_EMAIL)).orElse(null);
        String phone = ContactValues.phone(draft.text(CONTACT_PHONE), listing.country()).orElse(null);
        Optional<Blocklist.Entry> byId = erased.find(List.of(keys.listing(listing.id())));
        Optional<Blocklist.Entry> byEmail = email == null ? Optional.empty() : erased.find(List.of(keys.email(email)));
        Optional<Blocklist.Entry> byPhone = phone == null ? Optional.empty() : erased.find(List.of(keys.phone(phone)));
        List<Blocklist.Entry> found = new ArrayList<>();
        byId.ifPresent(found::add);
        byEmail.ifPresent(found::add);
        byPhone.ifPresent(found::add);
        if (found.isEmpty()) {
            return Screened.kept(listing);
        }
        Blocklist.Entry latest = found.stream().max((a, b) -> a.at().compareTo(b.at())).orElseThrow();
        if (consentedAfter(listing.consent(), latest)) {
            return Screened.kept(listing);
        }
        String field = byId.isPresent() ? EXTERNAL_ID : byEmail.isPresent() ? CONTACT_EMAIL : CONTACT_PHONE;
        Contact erasedValues = new Contact(draft.text(CONTACT_NAME), email, phone);
        String when = LocalDate.ofInstant(latest.at(), ZoneOffset.UTC).toString();
        if (byId.isPresent() || listing.describesPerson()) {
            return new Screened(null, new FieldWarning(draft.recordNumber(), field, null, "the person this listing"
                    + " describes asked the lounge to erase their data (erasure " + latest.erasureId() + ", " + when
                    + "): the record is not indexed and their contact data is masked in this batch's stored payload;"
                    + " send it again only with their new consent (consent.given: true, consent.at after " + when + ")"),
                    erasedValues, latest.erasureId());
        }
        TextMask mask = TextMask.builder().email(email).phone(phone).name(draft.text(CONTACT_NAME)).build();
        SourceInfo source = listing.source();
        SourceInfo masked = source == null ? null : new SourceInfo(source.partnerId(), source.batchId(),
                source.recordNumber(), source.format(), Originals.mask(source.original(), mask));
        return new Screened(listing.withContact(null, masked), new FieldWarning(draft.recordNumber(), field, null,
                "the contact person of this listing asked the lounge to erase their data (erasure " + latest.erasureId()
                        + ", " + when + "): the listing is indexed without its contact (contact.name, contact.email,"
                        + " contact.phone)"), erasedValues, latest.erasureId());
    }

    /**
     * For a record intake rejects: whether it is an erased person's (by its id or contact), and then their values
     * as the record holds them, so that the rejection keeps nothing of them. Consent does not matter here: nothing
     * of the record is indexed anyway.
     */
    public Optional<Screened> recognise(ListingDraft draft, Blocklist erased) {
        if (erased.isEmpty()) {
            return Optional.empty();
        }
        String email = ContactValues.email(draft.text(CONTACT_EMAIL)).orElse(null);
        String phone = ContactValues.phone(draft.text(CONTACT_PHONE), null).orElse(null);
        List<String> candidates = new ArrayList<>();
        if (draft.text(EXTERNAL_ID) != null) {
            candidates.add(keys.listing(Listing.id(draft.partnerId(), draft.text(EXTERNAL_ID))));
        }
        if (email != null) {
            candidates.add(keys.email(email));
        }
        if (phone != null) {
            candidates.add(keys.phone(phone));
        }
        return erased.find(candidates).map(entry -> new Screened(null, null,
                new Contact(draft.text(CONTACT_NAME), email, phone), entry.erasureId()));
    }

    private static boolean consentedAfter(Consent consent, Blocklist.Entry erasure) {
        return consent != null && consent.granted() && consent.at() != null && consent.at().isAfter(erasure.at());
    }

    /**
     * @param listing what to index (null: nothing; the record is a person who was erased)
     * @param warning what the batch reports, or null when the record was not touched
     * @param erased the person's values as this record holds them, to mask in the stored payload
     */
    public record Screened(Listing listing, FieldWarning warning, Contact erased, String erasureId) {
        static Screened kept(Listing listing) {
            return new Screened(listing, null, null, null);
        }

        public boolean touched() {
            return warning != null;
        }
    }
}
