package org.loungehub.match;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.loungehub.embedding.VectorSpace;
import org.loungehub.listing.Kind;
import org.loungehub.listing.ListingFields;
import org.loungehub.listing.ListingNotFoundException;
import org.loungehub.listing.ListingStore;
import org.loungehub.listing.Side;
import org.springframework.stereotype.Component;

/** A stored listing as the start of a match: its text, concepts and vector (when the backfill has made it). */
@Component
class ListingSource {

    /** The fields of {@link Fields}: only these are fetched (the vectors are all a match needs of the rest). */
    private static final List<String> READ = List.of(ListingFields.PARTNER_ID, ListingFields.KIND, ListingFields.SIDE,
            ListingFields.COUNTRY, ListingFields.TITLE, ListingFields.KEYWORDS, ListingFields.DESCRIPTION,
            ListingFields.CONCEPTS, VectorSpace.ZH.field(), VectorSpace.EN.field());

    private final ListingStore listings;

    ListingSource(ListingStore listings) {
        this.listings = listings;
    }

    /**
     * @param kind null when the stored kind is none of {@link Kind} (so is side)
     * @param vectors the listing's vectors by space, those the backfill has made
     */
    record Stored(String id, String partnerId, Kind kind, Side side, String country, String text, List<String> concepts,
                  Map<VectorSpace, float[]> vectors) {
    }

    /** The stored fields read ({@link #READ}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fields(String partnerId, String kind, String side, String country, String title, List<String> keywords,
                  String description, List<String> concepts, @JsonProperty(ListingFields.EMBEDDING) float[] embedding,
                  @JsonProperty(ListingFields.EMBEDDING_EN) float[] embeddingEn) {

        float[] vector(VectorSpace space) {
            return switch (space) {
                case ZH -> embedding;
                case EN -> embeddingEn;
            };
        }
    }

    Stored load(String id) {
        ListingNotFoundException.possibleId(id);
        try {
            Fields source = listings.get(id, READ, Fields.class).orElseThrow(() -> new ListingNotFoundException(id));
            String text = Stream.of(source.title(), join(source.keywords()), source.description())
                    .filter(Objects::nonNull).filter(s -> !s.isBlank())
                    .collect(Collectors.joining("\n"));
            return new Stored(id, source.partnerId(), Kind.parse(source.kind()).orElse(null),
                    Side.parse(source.side()).orElse(null), source.country(), text,
                    source.concepts() == null ? List.of() : source.concepts(), vectors(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join(" ", values);
    }

    private static Map<VectorSpace, float[]> vectors(Fields source) {
        Map<VectorSpace, float[]> vectors = new EnumMap<>(VectorSpace.class);
        for (VectorSpace space : VectorSpace.values()) {
            float[] vector = source.vector(space);
            if (vector != null && vector.length > 0) {
                vectors.put(space, vector);
            }
        }
        return vectors;
    }
}
