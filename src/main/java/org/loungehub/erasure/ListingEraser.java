package org.loungehub.erasure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.loungehub.alert.Notifications;
import org.loungehub.embedding.Embedder;
import org.loungehub.embedding.EmbeddingCache;
import org.loungehub.embedding.EmbeddingText;
import org.loungehub.embedding.VectorSpace;
import org.loungehub.entity.EntityLinks;
import org.loungehub.listing.Contact;
import org.loungehub.listing.Kind;
import org.loungehub.listing.ListingFields;
import org.loungehub.listing.ListingStore;
import org.loungehub.listing.ListingWrite;
import org.loungehub.listing.Side;
import org.loungehub.listing.SourceValues;
import org.loungehub.privacy.Originals;
import org.loungehub.privacy.PhoneForms;
import org.loungehub.privacy.TextMask;
import org.springframework.stereotype.Component;

/**
 * A person's listings and what hangs on them: found by contact e-mail or phone (every stored form) or by id, then
 * deleted when they are the person's own (talent supply, or named by id) with their embedding cache entries,
 * saved-demand notifications and entity-link corrections; a listing that only has the person as its contact keeps
 * its place without the contact (and without the person's values in its original record).
 */
@Component
class ListingEraser {

    private static final int MAX_FOUND = 10_000;
    /** Every vector space's vector and hash fields: a stripped listing keeps them as they are. */
    private static final Set<String> VECTOR_FIELDS = java.util.Arrays.stream(VectorSpace.values())
            .flatMap(space -> java.util.stream.Stream.of(space.field(), space.hashField()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final ListingStore listings;
    private final Embedder embedder;
    private final EmbeddingCache embeddingCache;
    private final Notifications notifications;
    private final EntityLinks entityLinks;

    ListingEraser(ListingStore listings, Embedder embedder, EmbeddingCache embeddingCache,
                  Notifications notifications, EntityLinks entityLinks) {
        this.listings = listings;
        this.embedder = embedder;
        this.embeddingCache = embeddingCache;
        this.notifications = notifications;
        this.entityLinks = entityLinks;
    }

    /** One listing found: its id and document (with its vector, which a stripped listing keeps). */
    record Found(String id, Map<String, Object> source) {

        Contact contact() {
            return source.get(ListingFields.CONTACT) instanceof Map<?, ?> c
                    ? new Contact(SourceValues.text(c.get("name")), SourceValues.text(c.get("email")),
                    SourceValues.text(c.get("phone"))) : null;
        }

        String country() {
            return SourceValues.text(source.get("country"));
        }

        /** The person's own listing: it describes them (talent supply) or was named by id. */
        boolean isPersons(Subject subject) {
            return subject.listingIds().contains(id) || (kind().filter(Kind.TALENT::equals).isPresent()
                    && side().filter(Side.SUPPLY::equals).isPresent());
        }

        Optional<Kind> kind() {
            return Kind.parse(SourceValues.text(source.get(ListingFields.KIND)));
        }

        Optional<Side> side() {
            return Side.parse(SourceValues.text(source.get(ListingFields.SIDE)));
        }

        String partnerId() {
            return SourceValues.text(source.get(ListingFields.PARTNER_ID));
        }

        String batchId() {
            return source.get(ListingFields.SOURCE) instanceof Map<?, ?> s
                    ? SourceValues.text(s.get(ListingFields.SOURCE_BATCH_ID)) : null;
        }
    }

    /** Contact fields are doc-values only (not indexed): Elasticsearch scans for them, which suits a rare request. */
    List<Found> find(Subject subject) {
        List<Query> should = new ArrayList<>();
        if (!subject.emails().isEmpty()) {
            should.add(terms(ListingFields.CONTACT_EMAIL, subject.emails()));
        }
        Set<String> phones = new LinkedHashSet<>();
        subject.phones().forEach(p -> phones.addAll(PhoneForms.of(p)));
        if (!phones.isEmpty()) {
            should.add(terms(ListingFields.CONTACT_PHONE, phones));
        }
        if (!subject.listingIds().isEmpty()) {
            should.add(Query.of(q -> q.ids(i -> i.values(List.copyOf(subject.listingIds())))));
        }
        try {
            listings.refresh();
            List<Found> found = new ArrayList<>();
            for (Hit<Map> hit : listings.search(s -> s.size(MAX_FOUND)
                    .query(q -> q.bool(b -> b.should(should).minimumShouldMatch("1"))), Map.class).hits().hits()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> source = hit.source();
                found.add(new Found(hit.id(), source));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query terms(String field, Collection<String> values) {
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
    }

    /**
     * @param deleted ids of the listings deleted
     * @param stripped ids of the listings kept without their contact
     * @param embeddingKeys the embedding cache keys of the deleted listings' texts
     * @param batches the batches the listings came from (known to hold the person)
     */
    record Outcome(List<ErasureRecord.ErasedListing> listings, List<String> deleted, List<String> stripped,
                   Set<String> embeddingKeys, Set<String> batches, int embeddingEntries, int notifications,
                   int entityLinks) {
    }

    Outcome erase(List<Found> found, Subject subject, TextMask mask) {
        List<ErasureRecord.ErasedListing> erased = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<String> stripped = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> batches = new LinkedHashSet<>();
        List<ListingWrite> writes = new ArrayList<>();
        for (Found listing : found) {
            boolean persons = listing.isPersons(subject);
            Map<String, Object> source = listing.source();
            erased.add(new ErasureRecord.ErasedListing(mask.mask(listing.id()), listing.partnerId(),
                    listing.kind().map(Kind::value).orElse(null), listing.side().map(Side::value).orElse(null),
                    persons ? ErasureRecord.ErasedListing.DELETED : ErasureRecord.ErasedListing.STRIPPED));
            if (listing.batchId() != null) {
                batches.add(listing.batchId());
            }
            if (persons) {
                deleted.add(listing.id());
                keys.addAll(embeddingKeys(source));
                writes.add(ListingWrite.delete(listing.id()));
            } else {
                stripped.add(listing.id());
                Map<String, Object> document = withoutContact(source, mask, listing.contact());
                writes.add(ListingWrite.replace(listing.id(), document));
            }
        }
        try {
            if (!found.isEmpty()) {
                for (BulkResponseItem item : listings.write(writes, true)) {
                    if (item.error() != null && item.status() != 404) {
                        throw new IllegalStateException("Elasticsearch refused to erase listing " + mask.mask(item.id())
                                + ": " + item.error().type());
                    }
                }
            }
            int cached = embeddingCache.forget(keys);
            return new Outcome(erased, deleted, stripped, keys, batches, cached,
                    notifications.forgetListings(deleted), entityLinks.forget(deleted));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the cache entries again: a backfill round that read a listing just before it went may have written one since. */
    int forgetAgain(Collection<String> embeddingKeys) {
        try {
            return embeddingCache.forget(embeddingKeys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * In every vector space, the cache key recorded with the vector and the key of the listing's text now (it may
     * have no vector yet).
     */
    private Set<String> embeddingKeys(Map<String, Object> source) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> keywords = SourceValues.texts(source.get(ListingFields.KEYWORDS));
        String title = SourceValues.text(source.get(ListingFields.TITLE));
        String description = SourceValues.text(source.get(ListingFields.DESCRIPTION));
        for (VectorSpace space : VectorSpace.values()) {
            Object hash = source.get(space.hashField());
            if (hash != null && !VectorSpace.NOTHING_TO_EMBED.equals(hash)) {
                keys.add(hash.toString());
            }
            EmbeddingText text = EmbeddingText.of(embedder, space, title, keywords, description);
            if (!text.text().isBlank()) {
                keys.add(text.key());
            }
        }
        return keys;
    }

    /** The document without its contact and with the person's values masked everywhere else. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutContact(Map<String, Object> source, TextMask subjectMask, Contact contact) {
        TextMask.Builder builder = TextMask.builder();
        if (contact != null) {
            builder.email(contact.email()).phone(contact.phone()).name(contact.name());
        }
        TextMask contactMask = builder.build();
        Map<String, Object> document = new LinkedHashMap<>();
        source.forEach((field, value) -> {
            if (VECTOR_FIELDS.contains(field)) {
                document.put(field, value);
            } else if (!field.equals(ListingFields.CONTACT)) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put(field, value);
                document.putAll(Originals.mask(Originals.mask(one, subjectMask), contactMask));
            }
        });
        return document;
    }
}
