package org.loungehub.listing;

/**
 * Field names of a stored listing (infra/elasticsearch/templates/listings.json), for the queries, sorts, facets and
 * source filters that features run through {@link ListingStore}. The canonical names partner mappings write to are
 * {@link CanonicalFields}; these are the names of what the hub stores.
 */
public final class ListingFields {

    public static final String ID = "id";
    public static final String PARTNER_ID = "partnerId";
    public static final String KIND = "kind";
    public static final String SIDE = "side";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String KEYWORDS = "keywords";
    public static final String LANGUAGE = "language";
    public static final String ORGANIZATION = "organization";
    /** The organization the listing is linked to (the normalizer's key, or a staff correction). */
    public static final String ENTITY_ID = "entityId";
    public static final String COUNTRY = "country";
    public static final String CITY = "city";
    public static final String INDUSTRIES = "industries";
    public static final String INDUSTRY_CLUSTERS = "industryClusters";
    public static final String ORIGINAL_INDUSTRIES = "originalIndustries";
    public static final String CONCEPTS = "concepts";
    /** The concept vocabulary version that tagged the listing. */
    public static final String CONCEPTS_VERSION = "conceptsVersion";
    public static final String STAGE = "stage";
    public static final String WEBSITE = "website";
    public static final String CONTACT = "contact";
    public static final String CONTACT_NAME = "contact.name";
    public static final String CONTACT_EMAIL = "contact.email";
    public static final String CONTACT_PHONE = "contact.phone";
    public static final String UPDATED_AT = "updatedAt";
    public static final String VALID_UNTIL = "validUntil";
    /** When the hub wrote the listing (not the partner's updatedAt). */
    public static final String INDEXED_AT = "indexedAt";
    public static final String CONTENT_HASH = "contentHash";
    /** Where the listing came from: batch, record number, the partner's original record. */
    public static final String SOURCE = "source";
    /** Fields of {@link #SOURCE}: the batch it came in, and the partner's original record. */
    public static final String SOURCE_BATCH_ID = "batchId";
    public static final String SOURCE_ORIGINAL_FIELD = "original";
    /** The original record's path, for source filtering. */
    public static final String SOURCE_ORIGINAL = SOURCE + "." + SOURCE_ORIGINAL_FIELD;
    /** The vector and text-hash fields of the vector spaces (org.loungehub.embedding.VectorSpace). */
    public static final String EMBEDDING = "embedding";
    public static final String EMBEDDING_HASH = "embeddingHash";
    public static final String EMBEDDING_EN = "embeddingEn";
    public static final String EMBEDDING_EN_HASH = "embeddingEnHash";

    private ListingFields() {
    }
}
