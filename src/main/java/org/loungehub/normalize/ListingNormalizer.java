package org.loungehub.normalize;

import static org.loungehub.listing.CanonicalFields.CITY;
import static org.loungehub.listing.CanonicalFields.CONSENT_AT;
import static org.loungehub.listing.CanonicalFields.CONSENT_BASIS;
import static org.loungehub.listing.CanonicalFields.CONSENT_GIVEN;
import static org.loungehub.listing.CanonicalFields.CONTACT_EMAIL;
import static org.loungehub.listing.CanonicalFields.CONTACT_NAME;
import static org.loungehub.listing.CanonicalFields.CONTACT_PHONE;
import static org.loungehub.listing.CanonicalFields.COUNTRY;
import static org.loungehub.listing.CanonicalFields.DESCRIPTION;
import static org.loungehub.listing.CanonicalFields.EXTERNAL_ID;
import static org.loungehub.listing.CanonicalFields.INDUSTRIES;
import static org.loungehub.listing.CanonicalFields.KEYWORDS;
import static org.loungehub.listing.CanonicalFields.KIND;
import static org.loungehub.listing.CanonicalFields.LANGUAGE;
import static org.loungehub.listing.CanonicalFields.LAT;
import static org.loungehub.listing.CanonicalFields.LON;
import static org.loungehub.listing.CanonicalFields.ORGANIZATION;
import static org.loungehub.listing.CanonicalFields.SIDE;
import static org.loungehub.listing.CanonicalFields.STAGE;
import static org.loungehub.listing.CanonicalFields.TITLE;
import static org.loungehub.listing.CanonicalFields.UPDATED_AT;
import static org.loungehub.listing.CanonicalFields.VALID_UNTIL;
import static org.loungehub.listing.CanonicalFields.WEBSITE;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.loungehub.concept.ListingConcepts;
import org.loungehub.listing.Consent;
import org.loungehub.listing.Contact;
import org.loungehub.listing.FieldError;
import org.loungehub.listing.FieldWarning;
import org.loungehub.listing.GeoPoint;
import org.loungehub.listing.Kind;
import org.loungehub.listing.Listing;
import org.loungehub.listing.ListingDraft;
import org.loungehub.listing.Side;
import org.loungehub.listing.SourceInfo;
import org.loungehub.taxonomy.Resolution;
import org.loungehub.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * Turns a mapped partner record into a canonical {@link Listing}, or into every problem it has, each naming the
 * field and what the partner should send instead. Deletions ({@code deleted}) are the caller's business.
 * <p>
 * A bad value of a field that only adds a detail (where the listing is, how big, how to reach it: {@link #DROPPABLE})
 * is dropped and reported as a warning, and the listing is indexed without it. A bad value of anything that
 * identifies, classifies, describes or orders the listing (id, kind, side, title, texts, organization, country,
 * language, industries, keywords, updatedAt, validUntil) rejects the record: without it the listing would be
 * filed, linked or versioned wrongly.
 * <p>
 * A talent listing on the supply side describes a person ({@link Listing#describesPerson()}): without that person's
 * consent ({@code consent.given: true}) it is indexed without their contact data (name, e-mail, phone), which also
 * leave the original record kept with the listing, and a warning on {@code consent.given} says so.
 */
@Component
public class ListingNormalizer {

    static final Set<String> DROPPABLE = Set.of(CITY, LAT, LON, STAGE, WEBSITE, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE,
            CONSENT_GIVEN, CONSENT_AT, CONSENT_BASIS);

    private final Taxonomy taxonomy;
    private final CountryResolver countries;
    private final LanguageDetector languages;
    private final OrganizationNames organizations;
    private final IntakeLimits limits;
    private final ListingConcepts concepts;
    private final LanguageNames languageNames = new LanguageNames();
    private final Vocabulary vocabulary = new Vocabulary();
    private final Dates dates = new Dates();
    private final PhoneNumbers phones = new PhoneNumbers();
    private final WebAddresses web = new WebAddresses();
    private final ContentHash contentHash = new ContentHash();
    private final Consents consents = new Consents();

    public ListingNormalizer(Taxonomy taxonomy, CountryResolver countries, LanguageDetector languages,
                             OrganizationNames organizations, IntakeLimits limits, ListingConcepts concepts) {
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.languages = languages;
        this.organizations = organizations;
        this.limits = limits;
        this.concepts = concepts;
    }

    public NormalizationResult normalize(ListingDraft draft) {
        Objects.requireNonNull(draft.partnerId(), "a draft always carries its partner");
        Check check = new Check(draft);

        String externalId = check.externalId();
        Kind kind = check.required(KIND, vocabulary::kind, "a kind; use company, technology, talent or capital"
                + " (企业, 技术, 人才, 资本)");
        Side side = draft.text(SIDE) == null ? Side.SUPPLY : check.required(SIDE, vocabulary::side,
                "a side; use supply or demand (供给, 需求)");
        String title = check.line(TITLE, limits.title(), "title");
        if (title == null && check.hasNoError(TITLE)) {
            check.error(TITLE, "is missing; every listing needs a title");
        }
        String description = check.paragraphs(DESCRIPTION, limits.description());
        String language = check.language(title, description);
        String organization = check.line(ORGANIZATION, limits.text(), "text");
        String country = check.country();
        String city = check.line(CITY, limits.text(), "text");
        GeoPoint location = check.location();
        List<String> originalIndustries = check.industries();
        List<String> keywords = check.keywords();
        String stage = lowercase(check.line(STAGE, limits.text(), "text"));
        String website = check.checked(WEBSITE, web::website);
        Contact contact = check.contact(country);
        Consent consent = check.consent();
        Instant updatedAt = check.checked(UPDATED_AT, dates::instant);
        LocalDate validUntil = check.checked(VALID_UNTIL, dates::date);

        if (check.rejects) {
            return NormalizationResult.rejected(check.errors);
        }
        Map<String, Object> original = draft.original();
        if (contact != null && Kind.TALENT == kind && Side.SUPPLY == side && (consent == null || !consent.granted())) {
            check.withoutConsent();
            contact = null;
            original = Consents.without(original, check.contactValues());
        }
        Resolution industries = taxonomy.resolve(originalIndustries);
        SourceInfo source = new SourceInfo(draft.partnerId(), draft.batchId(), draft.recordNumber(), draft.format(),
                original);
        Listing listing = new Listing(Listing.id(draft.partnerId(), externalId), draft.partnerId(), externalId,
                kind.value(), side.value(), title, description, language, organization,
                organizations.key(organization, country), country, city, location, industries.codes(),
                industries.clusters(), industries.labels(), originalIndustries, keywords,
                concepts.of(title, description, keywords, originalIndustries, industries), concepts.version(), stage, website, contact,
                consent, updatedAt, validUntil, null, source);
        return NormalizationResult.accepted(withContentHash(listing, contentHash.of(listing)), check.warnings);
    }

    private static Listing withContentHash(Listing l, String hash) {
        return new Listing(l.id(), l.partnerId(), l.externalId(), l.kind(), l.side(), l.title(), l.description(),
                l.language(), l.organization(), l.entityId(), l.country(), l.city(), l.location(), l.industries(),
                l.industryClusters(), l.industryLabels(), l.originalIndustries(), l.keywords(), l.concepts(), l.conceptsVersion(), l.stage(),
                l.website(), l.contact(), l.consent(), l.updatedAt(), l.validUntil(), hash, l.source());
    }

    private static String lowercase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** One record being normalized: its fields, every problem found so far, and those it can be indexed without. */
    private final class Check {

        private final ListingDraft draft;
        private final List<FieldError> errors = new ArrayList<>();
        private final List<FieldWarning> warnings = new ArrayList<>();
        private boolean rejects;

        Check(ListingDraft draft) {
            this.draft = draft;
        }

        /** A problem with a field; the caller leaves the field's value out (null). */
        void error(String field, String reason) {
            errors.add(new FieldError(draft.recordNumber(), field, reason));
            if (DROPPABLE.contains(field)) {
                warnings.add(new FieldWarning(draft.recordNumber(), field, draft.text(field), reason));
            } else {
                rejects = true;
            }
        }

        boolean hasNoError(String field) {
            return errors.stream().noneMatch(e -> field.equals(e.field()));
        }

        String externalId() {
            String id = draft.text(EXTERNAL_ID);
            if (id == null) {
                error(EXTERNAL_ID, "is missing; every listing needs the partner's own id for it");
                return null;
            }
            if (id.codePoints().anyMatch(Character::isISOControl)) {
                error(EXTERNAL_ID, "contains control characters (tabs, line breaks ...); send the id on one line");
                return null;
            }
            if (!withinLimit(EXTERNAL_ID, id, IntakeLimits.EXTERNAL_ID, null)) {
                return null;
            }
            String tooLong = Listing.idProblem(draft.partnerId(), id);
            if (tooLong != null) {
                error(EXTERNAL_ID, tooLong);
                return null;
            }
            return id;
        }

        <T> T required(String field, Function<String, Optional<T>> parse, String expected) {
            String raw = draft.text(field);
            if (raw == null) {
                error(field, "is missing; every listing needs " + expected);
                return null;
            }
            T value = parse.apply(raw).orElse(null);
            if (value == null) {
                error(field, Checked.quote(raw) + " is not " + expected);
            }
            return value;
        }

        /** A one-line text: controls and runs of whitespace become single spaces. */
        String line(String field, int limit, String limitName) {
            String raw = draft.text(field);
            if (raw == null) {
                return null;
            }
            String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
            return text.isEmpty() || !withinLimit(field, text, limit, limitName) ? null : text;
        }

        /** A multi-line text: line breaks kept (as \n, at most one blank line), other controls dropped. */
        String paragraphs(String field, int limit) {
            String raw = draft.text(field);
            if (raw == null) {
                return null;
            }
            String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
                    .replaceAll("\r\n?", "\n")
                    .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
                    .replaceAll("[ \t]+\n", "\n")
                    .replaceAll("\n{3,}", "\n\n")
                    .strip();
            return text.isEmpty() || !withinLimit(field, text, limit, field) ? null : text;
        }

        boolean withinLimit(String field, String text, int limit, String limitName) {
            int length = text.codePointCount(0, text.length());
            if (length <= limit) {
                return true;
            }
            error(field, "is oversized: " + length + " characters where the limit is " + limit
                    + (limitName == null ? "" : " (hub.intake.limits." + limitName + ")") + "; shorten it");
            return false;
        }

        <T> T checked(String field, Function<String, Checked<T>> parse) {
            String raw = draft.text(field);
            if (raw == null) {
                return null;
            }
            if (!withinLimit(field, raw, limits.text(), "text")) {
                return null;
            }
            Checked<T> checked = parse.apply(raw);
            if (checked.failed()) {
                error(field, checked.problem());
            }
            return checked.value();
        }

        String language(String title, String description) {
            String given = draft.text(LANGUAGE);
            if (given != null) {
                String code = languageNames.parse(given).orElse(null);
                if (code == null) {
                    error(LANGUAGE, Checked.quote(given) + " is not a language the hub knows; use an ISO 639-1 code"
                            + " such as zh, he or en, or leave it out to have it detected");
                }
                return code;
            }
            String text = (title == null ? "" : title) + "\n" + (description == null ? "" : description);
            return languages.detect(text).orElse(null);
        }

        String country() {
            String given = draft.text(COUNTRY);
            if (given == null) {
                return null;
            }
            String code = countries.resolve(given).orElse(null);
            if (code == null) {
                error(COUNTRY, Checked.quote(given) + " is not a known country; use an ISO code such as IL or CN,"
                        + " or its name in English, Chinese or Hebrew");
            }
            return code;
        }

        GeoPoint location() {
            String lat = draft.text(LAT);
            String lon = draft.text(LON);
            if (lat == null && lon == null) {
                return null;
            }
            if (lat == null || lon == null) {
                String missing = lat == null ? LAT : LON;
                error(missing, "is missing while " + (lat == null ? LON : LAT) + " is given; send both or neither");
                return null;
            }
            Double latitude = coordinate(LAT, lat, 90);
            Double longitude = coordinate(LON, lon, 180);
            return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
        }

        private Double coordinate(String field, String raw, double bound) {
            String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
            if (!text.contains(".")) {
                text = text.replace(',', '.');
            }
            try {
                double value = Double.parseDouble(text);
                if (Double.isFinite(value) && Math.abs(value) <= bound) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(field, Checked.quote(raw) + " is not a " + (bound == 90 ? "latitude" : "longitude")
                    + "; use decimal degrees between -" + (int) bound + " and " + (int) bound + ", such as "
                    + (bound == 90 ? "36.07" : "120.38"));
            return null;
        }

        List<String> industries() {
            List<String> labels = Lists.split(draft.list(INDUSTRIES), Lists.INDUSTRY_SEPARATORS);
            labels.forEach(label -> withinLimit(INDUSTRIES, label, limits.text(), "text"));
            return labels;
        }

        List<String> keywords() {
            List<String> keywords = Lists.split(draft.list(KEYWORDS), Lists.KEYWORD_SEPARATORS);
            if (keywords.size() > limits.keywords()) {
                error(KEYWORDS, "is oversized: " + keywords.size() + " keywords where the limit is " + limits.keywords()
                        + " (hub.intake.limits.keywords); keep the most telling ones");
            }
            keywords.forEach(keyword -> withinLimit(KEYWORDS, keyword, limits.text(), "text"));
            return keywords;
        }

        Contact contact(String country) {
            String name = line(CONTACT_NAME, limits.text(), "text");
            String email = checked(CONTACT_EMAIL, web::email);
            String phone = checked(CONTACT_PHONE, raw -> phones.normalize(raw, country));
            Contact contact = new Contact(name, email, phone);
            return contact.isEmpty() ? null : contact;
        }

        Consent consent() {
            Boolean given = checked(CONSENT_GIVEN, consents::given);
            Instant at = checked(CONSENT_AT, dates::instant);
            String basis = line(CONSENT_BASIS, limits.text(), "text");
            Consent consent = new Consent(given, at, basis);
            return consent.isEmpty() ? null : consent;
        }

        /** The person's contact data leaves a talent listing given without their consent: a warning says so. */
        void withoutConsent() {
            warnings.add(new FieldWarning(draft.recordNumber(), CONSENT_GIVEN, draft.text(CONSENT_GIVEN),
                    "a talent listing on the supply side describes a person; without their consent (consent.given:"
                            + " true) it is indexed without their contact data (contact.name, contact.email,"
                            + " contact.phone)"));
        }

        /** The contact values as the partner sent them, to take out of the original record. */
        Set<String> contactValues() {
            Set<String> values = new LinkedHashSet<>();
            for (String field : List.of(CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE)) {
                String value = draft.text(field);
                if (value != null) {
                    values.add(value);
                }
            }
            return values;
        }
    }
}
