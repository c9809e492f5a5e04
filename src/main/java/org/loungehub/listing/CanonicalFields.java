package org.loungehub.listing;

import java.util.List;

/** The names partner mappings write to and the normalizer reads from. */
public final class CanonicalFields {

    public static final String EXTERNAL_ID = "externalId";
    public static final String KIND = "kind";
    public static final String SIDE = "side";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String LANGUAGE = "language";
    public static final String ORGANIZATION = "organization";
    public static final String COUNTRY = "country";
    public static final String CITY = "city";
    public static final String LAT = "lat";
    public static final String LON = "lon";
    public static final String INDUSTRIES = "industries";
    public static final String KEYWORDS = "keywords";
    public static final String STAGE = "stage";
    public static final String WEBSITE = "website";
    public static final String CONTACT_NAME = "contact.name";
    public static final String CONTACT_EMAIL = "contact.email";
    public static final String CONTACT_PHONE = "contact.phone";
    /** Consent of the person a talent listing describes: given (yes/no), when, on what basis. */
    public static final String CONSENT_GIVEN = "consent.given";
    public static final String CONSENT_AT = "consent.at";
    public static final String CONSENT_BASIS = "consent.basis";
    public static final String UPDATED_AT = "updatedAt";
    public static final String VALID_UNTIL = "validUntil";
    /** "true" marks a record as a deletion of the listing with this externalId (feed-level deletion flag). */
    public static final String DELETED = "deleted";

    public static final List<String> ALL = List.of(EXTERNAL_ID, KIND, SIDE, TITLE, DESCRIPTION, LANGUAGE, ORGANIZATION,
            COUNTRY, CITY, LAT, LON, INDUSTRIES, KEYWORDS, STAGE, WEBSITE, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE,
            CONSENT_GIVEN, CONSENT_AT, CONSENT_BASIS, UPDATED_AT, VALID_UNTIL, DELETED);

    private CanonicalFields() {
    }
}
