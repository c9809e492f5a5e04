package org.loungehub.concept;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loungehub.concept.TaggedListing.Retag;

/**
 * The listings side of re-tagging: which current listings were tagged under another vocabulary version, page by
 * page, and writing their new concepts without ever overwriting a newer version of a listing.
 */
interface TaggedListings {

    /**
     * Current listings (not past their validUntil) tagged under another version than the given one, or under none
     * (indexed before versions were recorded), in id order after the given id (null: from the start).
     */
    List<TaggedListing> stale(String version, String afterId, int size) throws IOException;

    /** How many current listings were tagged under another version than the given one. */
    long countStale(String version) throws IOException;

    /**
     * Writes concepts and version, each write conditional on the version of the listing read: the texts, the
     * content hash and the vector are left as they are. A conflict means the listing was written meanwhile (by the
     * intake, which tags it with the current vocabulary, or by the embedding backfill): a later run looks again.
     */
    Written write(List<Retag> retags) throws IOException;

    /** Makes a run's writes visible to the next look, so that it does not find the same listings again. */
    void refresh() throws IOException;

    /**
     * What became of a page of re-tags.
     *
     * @param conflicted ids of listings written or deleted meanwhile
     * @param failed ids of listings whose re-tag was refused, with the reason
     */
    record Written(int updated, Set<String> conflicted, Map<String, String> failed) {

        int conflicts() {
            return conflicted.size();
        }

        boolean written(String id) {
            return !conflicted.contains(id) && !failed.containsKey(id);
        }
    }
}
