package org.loungehub.listing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The canonical listing every partner feed becomes. {@code id} is {@code partnerId:externalId}.
 * Industries are taxonomy codes; the partner's own labels stay in {@code originalIndustries}. Concepts are ids
 * of the hub's bilingual concept vocabulary (org.loungehub.concept), the same whatever language the listing is in.
 * {@code conceptsVersion} is the version of the vocabulary that tagged them (listings tagged under another one are
 * re-tagged in the background). {@code consent} is the partner's statement about the consent of the person a talent listing describes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Listing(
        String id,
        String partnerId,
        String externalId,
        String kind,
        String side,
        String title,
        String description,
        String language,
        String organization,
        String entityId,
        String country,
        String city,
        GeoPoint location,
        List<String> industries,
        List<String> industryClusters,
        List<String> industryLabels,
        List<String> originalIndustries,
        List<String> keywords,
        List<String> concepts,
        String conceptsVersion,
        String stage,
        String website,
        Contact contact,
        Consent consent,
        Instant updatedAt,
        LocalDate validUntil,
        String contentHash,
        SourceInfo source) {

    /** The same listing linked to another organization (a staff correction). */
    public Listing withEntityId(String newEntityId) {
        return new Listing(id, partnerId, externalId, kind, side, title, description, language, organization, newEntityId,
                country, city, location, industries, industryClusters, industryLabels, originalIndustries, keywords,
                concepts, conceptsVersion, stage, website, contact, consent, updatedAt, validUntil, contentHash, source);
    }

    /** The same listing with another contact (null: none) and original record (a person's data taken out). */
    public Listing withContact(Contact newContact, SourceInfo newSource) {
        return new Listing(id, partnerId, externalId, kind, side, title, description, language, organization, entityId,
                country, city, location, industries, industryClusters, industryLabels, originalIndustries, keywords,
                concepts, conceptsVersion, stage, website, newContact, consent, updatedAt, validUntil, contentHash, newSource);
    }

    /**
     * Whether the listing describes a person: talent on the supply side (someone offering their skills). Talent
     * demand is a job posting, which describes an employer's need.
     */
    public boolean describesPerson() {
        return Kind.TALENT.value().equals(kind) && Side.SUPPLY.value().equals(side);
    }

    public static String id(String partnerId, String externalId) {
        return partnerId + ":" + externalId;
    }

    /** Elasticsearch refuses a document id longer than this, in UTF-8 bytes. */
    public static final int MAX_ID_BYTES = 512;

    /** Null when the listing id of this external id fits Elasticsearch; else why not (for a record's error). */
    public static String idProblem(String partnerId, String externalId) {
        int bytes = id(partnerId, externalId).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return bytes <= MAX_ID_BYTES ? null : "is too long: the listing id \"" + partnerId + ":\" + externalId is " + bytes
                + " bytes in UTF-8 where Elasticsearch's limit is " + MAX_ID_BYTES + " bytes (a Chinese character counts 3)";
    }
}
