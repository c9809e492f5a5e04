package org.loungehub.concept;

import java.util.List;
import java.util.Map;
import org.loungehub.listing.ListingFields;
import org.loungehub.listing.SourceValues;

/**
 * A stored listing as the re-tagging reads it: the texts the intake tagged, the concepts and vocabulary version it
 * was given, and the version of the document read (a re-tag is written only if the listing is still at it).
 */
record TaggedListing(String id, long seqNo, long primaryTerm, String title, String description, List<String> keywords,
                     List<String> originalIndustries, List<String> concepts, String conceptsVersion) {

    /** The fields of a stored document that tagging reads or writes. */
    static final List<String> FIELDS = List.of(ListingFields.TITLE, ListingFields.DESCRIPTION, ListingFields.KEYWORDS,
            ListingFields.ORIGINAL_INDUSTRIES, ListingFields.CONCEPTS, ListingFields.CONCEPTS_VERSION);

    static TaggedListing of(String id, long seqNo, long primaryTerm, Map<?, ?> source) {
        Map<?, ?> fields = source == null ? Map.of() : source;
        return new TaggedListing(id, seqNo, primaryTerm, SourceValues.text(fields.get(ListingFields.TITLE)),
                SourceValues.text(fields.get(ListingFields.DESCRIPTION)), SourceValues.texts(fields.get(ListingFields.KEYWORDS)),
                SourceValues.texts(fields.get(ListingFields.ORIGINAL_INDUSTRIES)),
                SourceValues.texts(fields.get(ListingFields.CONCEPTS)), SourceValues.text(fields.get(ListingFields.CONCEPTS_VERSION)));
    }

    /** The listing's concepts under the vocabulary now, computed as the intake computes them. */
    Retag retag(ListingConcepts tagger) {
        List<String> now = tagger.of(title, description, keywords, originalIndustries);
        return new Retag(this, now, tagger.version(), !now.equals(concepts));
    }

    /**
     * What to write to a listing: its concepts under the current vocabulary and that vocabulary's version.
     *
     * @param changed whether the concepts differ from those stored (otherwise only the version is new)
     */
    record Retag(TaggedListing listing, List<String> concepts, String version, boolean changed) {

        /** The partial document: only concepts and their version; texts, hashes and the vector stay as they are. */
        Map<String, Object> update() {
            return Map.of(ListingFields.CONCEPTS, concepts, ListingFields.CONCEPTS_VERSION, version);
        }
    }
}
