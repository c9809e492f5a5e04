package org.loungehub.erasure;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One erasure as recorded in the {@code erasures} index: who made it, when, why, what each store held of the
 * person and what was done there, and keyed hashes of the person's identifiers (the blocklist), never the values.
 *
 * @param status "running" until every store is done (a record left running was interrupted: run it again), then "done"
 * @param given what the request named the person by (email, phone, listingIds), not the values
 * @param listings the person's listings and what became of each: "deleted" (their own, or named by id) or
 *        "stripped" (another's listing that had them as its contact, kept without it)
 * @param pendingBatches batches not yet processed at the time: intake screens them against this erasure
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErasureRecord(String id, String status, Instant at, Instant finishedAt, String actor, String role,
                            String reason, List<String> given, List<String> subjectHashes, List<ErasedListing> listings,
                            Stores stores, List<String> pendingBatches, List<String> notes) {

    public static final String RUNNING = "running";
    public static final String DONE = "done";

    /** What the hub cannot erase itself, said in every record. */
    static final List<String> NOTES = List.of(
            "Copies outside the hub are not erased: the partner's own systems and the feeds the hub pulls from (a partner's"
                    + " SFTP folder, including its .done archive, or HTTP feed) belong to the partner, who must be told;"
                    + " webhook notifications already delivered are in their receivers' systems.",
            "A partner that sends the person again is held back: intake recognises the e-mail, phone or listing id by its"
                    + " hash and does not index the person's listing (another's listing loses them as its contact), unless"
                    + " the record carries their consent given after this erasure.",
            "Elasticsearch drops deleted documents from disk as it merges segments; snapshots or disk backups taken"
                    + " before this erasure still hold the person: after restoring one, run this erasure again.");

    static ErasureRecord running(String id, Instant at, String actor, String role, String reason, List<String> given,
                                 List<String> subjectHashes) {
        return new ErasureRecord(id, RUNNING, at, null, actor, role, reason, given, subjectHashes, List.of(), null,
                List.of(), NOTES);
    }

    ErasureRecord done(Instant finished, List<ErasedListing> erasedListings, Stores counts, List<String> pending) {
        return new ErasureRecord(id, DONE, at, finished, actor, role, reason, given, subjectHashes, erasedListings, counts,
                pending, notes);
    }

    /** A listing of the person: its id (with the person's values masked, should the id hold them) and its fate. */
    public record ErasedListing(String id, String partnerId, String kind, String side, String action) {
        public static final String DELETED = "deleted";
        public static final String STRIPPED = "stripped";
    }

    /** Per store: what was found of the person and what was done. */
    public record Stores(Listings listings, Inbox inbox, DeadLetters deadLetters, Deleted embeddingCache,
                         Deleted notifications, Deleted entityLinks, DropFolders dropFolders) {
    }

    /** @param found listings holding the person; deleted + stripped = found */
    public record Listings(int found, int deleted, int stripped) {
    }

    /**
     * @param batches finished batches looked through
     * @param valuesMasked the person's values masked in payloads
     * @param statusesMasked batch statuses that quoted the person
     * @param pending unfinished batches, left to intake's screening
     */
    public record Inbox(int batches, int payloadsRewritten, int payloadsDropped, long valuesMasked, int statusesMasked,
                        int pending) {
    }

    public record DeadLetters(int removed) {
    }

    public record Deleted(int deleted) {
    }

    /** Files of the partners' drop folders' .done and .failed archives on the hub's disk. */
    public record DropFolders(int files, int rewritten, int dropped) {
    }
}
