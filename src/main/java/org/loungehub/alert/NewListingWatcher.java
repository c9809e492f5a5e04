package org.loungehub.alert;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.loungehub.access.Caller;
import org.loungehub.access.ForbiddenException;
import org.loungehub.access.KeyHolders;
import org.loungehub.listing.ListingFields;
import org.loungehub.listing.ListingStore;
import org.loungehub.match.MatchResult;
import org.loungehub.match.Matcher;
import org.loungehub.match.QueryConcept;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Matches listings as they arrive: each tick takes the listings indexed since the last one (once they have their
 * vector, or after a grace period), runs every saved demand, and records a notification for each new listing that
 * scores above the demand's threshold. Where it got to is kept in a file, so a restart neither misses nor repeats;
 * a notification's id is its demand and listing, so one listing notifies a demand once.
 */
@Component("newListingWatcher")
public class NewListingWatcher {

    private static final Logger log = LoggerFactory.getLogger(NewListingWatcher.class);
    /** Matches asked per saved demand: a listing must rank among them to be considered. */
    static final int MATCH_DEPTH = 100;
    private static final int PAGE = 1000;

    private final ListingStore listings;
    private final SavedDemands demands;
    private final Notifications notifications;
    private final Matcher matcher;
    private final AlertProperties properties;
    private final Clock clock;
    private final KeyHolders holders;
    /** Without a saved watermark, listings from the hub's start on are new. */
    private final Instant startedAt;

    NewListingWatcher(ListingStore listings, SavedDemands demands, Notifications notifications,
                      Matcher matcher, AlertProperties properties, Clock clock, KeyHolders holders) {
        this.listings = listings;
        this.demands = demands;
        this.notifications = notifications;
        this.matcher = matcher;
        this.properties = properties;
        this.clock = clock;
        this.holders = holders;
        this.startedAt = clock.instant();
    }

    /** One tick; returns the notifications created (for the route to deliver). */
    public List<Notification> scan() {
        if (!properties.enabled()) {
            return List.of();
        }
        Instant since = watermark();
        List<Hit<Fresh>> fresh = freshListings(since);
        if (fresh.isEmpty()) {
            return List.of();
        }
        Instant graceLimit = clock.instant().minus(properties.vectorGrace());
        Set<String> ready = new LinkedHashSet<>();
        Instant readyUpTo = since;
        for (Hit<Fresh> hit : fresh) {
            Instant indexedAt = hit.source().indexedAt();
            boolean hasVector = hit.source().embeddingHash() != null;
            if (!hasVector && indexedAt.isAfter(graceLimit)) {
                break;  // later listings wait too, so the watermark never passes one still waiting
            }
            ready.add(hit.id());
            readyUpTo = indexedAt;
        }
        if (ready.isEmpty()) {
            return List.of();
        }
        List<Notification> created = new ArrayList<>();
        for (SavedDemand demand : demands.all()) {
            // The owner's rights, as if it searched itself: a partner would see its own listings only, nobody but
            // staff and the listing's partner personal data (notifications carry none anyway: id, title, score,
            // concepts). A demand whose key was revoked or expired is not matched any more.
            Optional<Caller> owner = holders.rightsOf(demand.owner());
            if (owner.isEmpty()) {
                log.debug("Saved demand {} is skipped: the key of its owner {} is revoked or expired", demand.id(), demand.owner());
                continue;
            }
            MatchResult result;
            try {
                result = matcher.match(demand.matchRequest(MATCH_DEPTH), owner.get());
            } catch (IllegalArgumentException | ForbiddenException e) {
                log.warn("Saved demand {} cannot be matched and is skipped: {}", demand.id(), e.getMessage());
                continue;
            }
            for (MatchResult.Match match : result.matches()) {
                String listingId = String.valueOf(match.listing().get(ListingFields.ID));
                if (ready.contains(listingId) && match.score() >= demand.threshold()) {
                    notifications.record(demand, listingId, String.valueOf(match.listing().get(ListingFields.TITLE)), match.score(),
                            labels(match.explanation().sharedConcepts())).ifPresent(created::add);
                }
            }
        }
        saveWatermark(readyUpTo);
        if (!created.isEmpty()) {
            log.info("{} new listing(s) matched saved demands: {} notification(s)", ready.size(), created.size());
        }
        return created;
    }

    /** A current listing indexed since the watermark; its Chinese-model hash tells whether it has its vector yet. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fresh(Instant indexedAt, @JsonProperty(ListingFields.EMBEDDING_HASH) String embeddingHash) {
    }

    private List<Hit<Fresh>> freshListings(Instant since) {
        try {
            return listings.searchCurrent(s -> s.size(PAGE)
                    .query(q -> q.range(r -> r.untyped(u -> u.field(ListingFields.INDEXED_AT).gt(JsonData.of(since.toString())))))
                    .sort(o -> o.field(f -> f.field(ListingFields.INDEXED_AT).order(SortOrder.Asc)))
                    .source(src -> src.filter(f -> f.includes(ListingFields.INDEXED_AT, ListingFields.EMBEDDING_HASH))),
                    Fresh.class).hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> labels(List<QueryConcept> concepts) {
        return concepts.stream().map(c -> c.zh() + " / " + c.en()).toList();
    }

    /** On the very first start, listings indexed from then on are new (saved demands are about what is new). */
    private Instant watermark() {
        Path file = properties.state();
        try {
            if (Files.exists(file)) {
                return Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            saveWatermark(startedAt);
            return startedAt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void saveWatermark(Instant value) {
        Path file = properties.state();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, value.toString(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
