package org.loungehub.match;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loungehub.access.Caller;
import org.loungehub.access.Callers;
import org.loungehub.access.ForbiddenException;
import org.loungehub.access.ListingRedaction;
import org.loungehub.access.PartnerScope;
import org.loungehub.embedding.Embedder;
import org.loungehub.embedding.VectorSpace;
import org.loungehub.listing.Kind;
import org.loungehub.listing.ListingFields;
import org.loungehub.listing.ListingNotFoundException;
import org.loungehub.listing.Side;
import org.loungehub.match.CandidateRetrieval.Candidates;
import org.loungehub.match.Fusion.Fused;
import org.loungehub.match.MatchResult.Match;
import org.loungehub.match.MatchResult.Timings;
import org.loungehub.match.MatchResult.Understood;
import org.loungehub.search.SearchFilters;
import org.loungehub.search.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Supply–demand matching: understands the query (language, concepts, translation), asks every signal for candidates
 * in one round trip, fuses their rankings and explains each match.
 */
@Component("matcher")
public class Matcher {

    private static final Logger log = LoggerFactory.getLogger(Matcher.class);
    public static final int MAX_SIZE = 100;
    /** Embedding and BM25 look at the start of a long text; more would only cost time. */
    private static final int MAX_TEXT = 4_000;

    private final QueryAnalyzer analyzer;
    private final CandidateRetrieval retrieval;
    private final Embedder embedder;
    private final SearchFilters filters;
    private final MatchProperties properties;
    private final ListingSource listings;
    private final Fusion fusion;
    private final MatchExplainer explainer = new MatchExplainer();

    Matcher(QueryAnalyzer analyzer, CandidateRetrieval retrieval, Embedder embedder, SearchFilters filters,
            MatchProperties properties, ListingSource listings) {
        this.analyzer = analyzer;
        this.retrieval = retrieval;
        this.embedder = embedder;
        this.filters = filters;
        this.properties = properties;
        this.listings = listings;
        this.fusion = new Fusion(properties);
    }

    /**
     * Matches free text for a caller: a partner key among its own listings only; personal data left out of what
     * the caller may not see. Code running without a request passes the caller whose rights it acts with.
     */
    public MatchResult match(MatchRequest request, Caller caller) {
        Callers.required(caller);
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new IllegalArgumentException("text is required: the demand or offer to match, in Chinese, English or both");
        }
        if (Boolean.TRUE.equals(request.trace()) && !caller.isStaff()) {
            // the Elasticsearch requests show index names, fields and filters: the hub's internals
            throw new ForbiddenException("trace is for staff and admin keys; leave it out to match");
        }
        String side = SearchQuery.enumValue("side", request.side(), Side.class);
        List<String> kinds = kinds(request.kinds());
        MatchRequest.Filters given = request.filters() == null ? new MatchRequest.Filters(null, null, null, null) : request.filters();
        List<Query> filter = new ArrayList<>();
        if (side != null) {
            filter.add(Query.of(q -> q.term(t -> t.field(ListingFields.SIDE).value(side))));
        }
        if (!kinds.isEmpty()) {
            filter.add(filters.anyOf(ListingFields.KIND, kinds));
        }
        if (notEmpty(given.countries())) {
            filter.add(filters.anyOf(ListingFields.COUNTRY, given.countries().stream().map(c -> c.trim().toUpperCase(java.util.Locale.ROOT)).toList()));
        }
        if (notEmpty(given.industries())) {
            filter.add(filters.industry(given.industries()));
        }
        List<String> partners = PartnerScope.partners(caller, given.partners());
        if (notEmpty(partners)) {
            filter.add(filters.anyOf(ListingFields.PARTNER_ID, partners));
        }
        List<Query> exclusions = new ArrayList<>();
        if (notEmpty(given.excludePartners())) {
            exclusions.add(filters.anyOf(ListingFields.PARTNER_ID, given.excludePartners()));
        }
        String text = clip(request.text());
        QueryAnalyzer.Analysis analysis = analyzer.analyze(text);
        return run(text, analysis, Map.of(), filter, exclusions, signals(request.signals()), size(request.size()), null, null,
                Boolean.TRUE.equals(request.trace()), caller);
    }

    /**
     * Counterparts of a stored listing: the other side, the kinds that answer it, the listing itself left out. A
     * partner key starts only from its own listings (another partner's is not found) and gets only its own back.
     */
    public MatchResult matchesFor(String listingId, String requestedSize, Caller caller) {
        Callers.required(caller);
        ListingSource.Stored listing = listings.load(listingId);
        if (!PartnerScope.mayRead(caller, listing.partnerId())) {
            throw new ListingNotFoundException(listing.id());
        }
        Integer size = SearchQuery.number("size", requestedSize);
        String text = clip(listing.text());
        List<Query> filter = new ArrayList<>();
        Side side = listing.side() == null ? Side.SUPPLY : listing.side();
        filter.add(Query.of(q -> q.term(t -> t.field(ListingFields.SIDE).value(side.counterpart().value()))));
        List<String> kinds = Counterparts.of(listing.kind()).stream().map(Kind::value).toList();
        if (!kinds.isEmpty()) {
            filter.add(filters.anyOf(ListingFields.KIND, kinds));
        }
        List<String> partners = PartnerScope.partners(caller, null);
        if (notEmpty(partners)) {
            filter.add(filters.anyOf(ListingFields.PARTNER_ID, partners));
        }
        List<Query> exclusions = List.of(Query.of(q -> q.ids(i -> i.values(listing.id()))));
        QueryAnalyzer.Analysis analysis = analyzer.analyze(text, listing.concepts());
        return run(text, analysis, listing.vectors(), filter, exclusions, EnumSet.allOf(Signal.class), size(size),
                listing.country(), listing.id(), false, caller);
    }

    private MatchResult run(String text, QueryAnalyzer.Analysis analysis, Map<VectorSpace, float[]> storedVectors, List<Query> filter,
                            List<Query> exclusions, Set<Signal> requested, int size, String originCountry, String listingId,
                            boolean trace, Caller caller) {
        long start = System.nanoTime();
        Set<Signal> signals = EnumSet.copyOf(requested);
        // The query is embedded by its language's model, and compared with listings that have a vector from it.
        VectorSpace space = VectorSpace.forQuery(analysis.language());
        float[] vector = storedVectors.get(space);
        long embeddingNanos = 0;
        if (signals.contains(Signal.VECTOR) && vector == null) {
            long t = System.nanoTime();
            vector = embed(space, text);
            embeddingNanos = System.nanoTime() - t;
        }
        if (vector == null) {
            signals.remove(Signal.VECTOR);
        }
        if (analysis.concepts().isEmpty()) {
            signals.remove(Signal.CONCEPTS);
        }
        int candidates = Math.max(properties.candidates(), size * 3);
        MatchPlan plan = new MatchPlan(text, analysis.language(), analysis.concepts(), analysis.expansion(),
                properties.expansionBoost(), analysis.translation(), properties.translationBoost(), vector, space, filter, exclusions, signals, size, candidates, originCountry);
        long t = System.nanoTime();
        CandidateRetrieval.Searches searches = retrieval.searches(plan);
        Candidates found = retrieval.retrieve(searches);
        Map<String, Map<String, Object>> sources = found.sources();
        Map<Signal, List<Map.Entry<String, Double>>> rankings = new LinkedHashMap<>();
        found.hits().forEach((signal, hits) -> rankings.put(signal, ranking(hits)));
        List<Fused> fused = fusion.fuse(rankings, signals, properties.weightsFor(analysis.language()),
                id -> country(sources.get(id)), originCountry);
        List<Fused> top = fused.subList(0, Math.min(size, fused.size()));
        SearchRequest highlight = top.isEmpty() ? null : retrieval.highlightSearch(plan, top.stream().map(Fused::id).toList());
        Map<String, Map<String, List<String>>> highlights = retrieval.highlights(highlight);
        long elasticsearchNanos = System.nanoTime() - t;
        // The explainer only ever sees what the caller may: personal data is gone before a match is built.
        List<Match> matches = top.stream().map(f -> {
            Map<String, Object> source = sources.get(f.id());
            return explainer.explain(f, ListingRedaction.listing(source, caller), plan,
                    ListingRedaction.highlights(highlights.get(f.id()), source.get(ListingFields.PARTNER_ID), caller));
        }).toList();
        Timings took = new Timings(embeddingNanos / 1_000_000, elasticsearchNanos / 1_000_000, (System.nanoTime() - start) / 1_000_000);
        Understood understood = new Understood(text, analysis.language(), analysis.concepts(), analysis.expansion(),
                analysis.translation(),
                signals.stream().map(Signal::value).toList(), signals.contains(Signal.VECTOR) ? space.model().id() : null,
                listingId, took,
                trace ? retrieval.trace(searches, highlight) : null);
        return new MatchResult(understood, matches);
    }

    private float[] embed(VectorSpace space, String text) {
        try {
            String readable = org.loungehub.embedding.EmbeddingText.modelReadable(text);
            return readable.isBlank() ? null : embedder.embed(space, readable);
        } catch (RuntimeException e) {
            log.warn("Query embedding failed; matching without the vector signal: {}", e.toString());
            return null;
        }
    }

    private static List<Map.Entry<String, Double>> ranking(List<Hit<Map>> hits) {
        List<Map.Entry<String, Double>> ranking = new ArrayList<>(hits.size());
        hits.forEach(hit -> ranking.add(Map.entry(hit.id(), hit.score() == null ? 0.0 : hit.score())));
        return ranking;
    }

    private static String country(Map<String, Object> source) {
        Object country = source == null ? null : source.get(ListingFields.COUNTRY);
        return country == null ? null : country.toString();
    }

    private static List<String> kinds(List<String> kinds) {
        if (kinds == null) {
            return List.of();
        }
        return kinds.stream().map(kind -> SearchQuery.enumValue("kinds", kind, org.loungehub.listing.Kind.class))
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static Set<Signal> signals(List<String> names) {
        if (names == null || names.isEmpty()) {
            return EnumSet.allOf(Signal.class);
        }
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        names.forEach(name -> signals.add(Signal.parse(name)));
        return signals;
    }

    private static int size(Integer size) {
        int s = size == null ? 10 : size;
        if (s < 1 || s > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + " (got " + s + ")");
        }
        return s;
    }

    private static boolean notEmpty(Collection<?> values) {
        return values != null && !values.isEmpty();
    }

    private static String clip(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= MAX_TEXT ? trimmed : trimmed.substring(0, MAX_TEXT);
    }
}
