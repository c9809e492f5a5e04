package org.loungehub.listing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The canonical listing every partner feed becomes. {@code id} is {@code partnerId:externalId}.
 * Industries are taxonomy codes; the partner's own labels stay in {@code originalIndustries}. Concepts are ids
 * of the hub's bilingual concept vocabulary (org.loungehub.concept), the same whatever language the listing is in;
 * {@code conceptsVersion} is the version of the vocabulary that tagged them (listings tagged under another one are
 * re-tagged in the background).
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
        Instant updatedAt,
        LocalDate validUntil,
        String contentHash,
        SourceInfo source) {

    /** The same listing linked to another organization (a staff correction). */
    public Listing withEntityId(String newEntityId) {
        return new Listing(id, partnerId, externalId, kind, side, title, description, language, organization, newEntityId,
                country, city, location, industries, industryClusters, industryLabels, originalIndustries, keywords,
                concepts, conceptsVersion, stage, website, contact, updatedAt, validUntil, contentHash, source);
    }

    public static String id(String partnerId, String externalId) {
        return partnerId + ":" + externalId;
    }
}
