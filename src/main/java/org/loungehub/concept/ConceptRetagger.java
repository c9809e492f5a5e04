package org.loungehub.concept;

import java.io.IOException;
import java.util.List;
import org.loungehub.concept.ConceptRetagStatus.Run;
import org.loungehub.concept.TaggedListing.Retag;
import org.loungehub.concept.TaggedListings.Written;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-tags listings tagged under another version of the concept vocabulary (a hub that ships edited concept files,
 * an operator who extends them), off the request path: one run (a tick of the concept-retag route) pages through
 * the current listings whose conceptsVersion is not the vocabulary's, in id order, computes their concepts as the
 * intake does and writes concepts and version back as partial updates. Nothing else of a listing changes: not its
 * texts, content hash or indexedAt, not its vector or embeddingHash (so no re-embedding, no new alerts). What is
 * done is recorded in the listings themselves, so a restarted hub simply finds what is left.
 */
@Component
public class ConceptRetagger {

    private static final Logger log = LoggerFactory.getLogger(ConceptRetagger.class);

    private final ListingConcepts tagger;
    private final TaggedListings listings;
    private final ConceptRetagStatus status;
    private final int pageSize;
    private volatile boolean stopping;

    ConceptRetagger(ListingConcepts tagger, TaggedListings listings, ConceptRetagStatus status, RetagProperties properties) {
        this.tagger = tagger;
        this.listings = listings;
        this.status = status;
        this.pageSize = properties.pageSize();
    }

    public Run run() throws IOException {
        long start = System.nanoTime();
        String version = tagger.version();
        long toDo = listings.countStale(version);
        if (toDo == 0) {
            Run idle = new Run(0, 0, 0, 0, 0);
            status.finished(idle, 0);
            return idle;
        }
        log.info("Concept re-tagging: {} current listings were tagged under another vocabulary than {}; re-tagging "
                + "them in pages of {}", toDo, version, pageSize);
        long retagged = 0;
        long changed = 0;
        long conflicts = 0;
        long failed = 0;
        String after = null;
        while (!stopping) {
            List<TaggedListing> page = listings.stale(version, after, pageSize);
            if (page.isEmpty()) {
                break;
            }
            List<Retag> retags = page.stream().map(listing -> listing.retag(tagger)).toList();
            Written written = listings.write(retags);
            long pageChanged = changedAmongWritten(retags, written);
            status.wrote(written.updated(), pageChanged, written.conflicts(), written.failed().size());
            written.failed().forEach((id, reason) -> log.warn("Concepts not re-tagged on listing {}: {}", id, reason));
            if (written.failed().size() == page.size()) {
                throw new IllegalStateException("Elasticsearch refused every re-tag of a page, e.g. "
                        + written.failed().values().iterator().next());
            }
            retagged += written.updated();
            changed += pageChanged;
            conflicts += written.conflicts();
            failed += written.failed().size();
            log.info("Concept re-tagging: {} of {} listings re-tagged ({} with other concepts, {} changed meanwhile, "
                    + "{} refused)", retagged, toDo, changed, conflicts, failed);
            after = page.get(page.size() - 1).id();
            if (page.size() < pageSize) {
                break;
            }
        }
        if (retagged > 0) {
            listings.refresh();
        }
        Run run = new Run(retagged, changed, conflicts, failed, (System.nanoTime() - start) / 1_000_000);
        long left = listings.countStale(version);
        status.finished(run, left);
        log.info("Concept re-tagging done in {} ms: {} listings re-tagged with vocabulary {}, {} of them with other "
                + "concepts; {} left for the next run", run.millis(), retagged, version, changed, left);
        return run;
    }

    /** Re-tags with other concepts among those written: the failed and conflicting ones did not change anything. */
    private static long changedAmongWritten(List<Retag> retags, Written written) {
        return retags.stream().filter(r -> r.changed() && written.written(r.listing().id())).count();
    }

    /** Ends a long run between two pages when the hub shuts down, rather than holding the shutdown up. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping = true;
    }
}
