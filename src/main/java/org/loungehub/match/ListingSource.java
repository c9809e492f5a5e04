package org.loungehub.match;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.loungehub.embedding.VectorSpace;
import org.loungehub.index.IndexCatalog;
import org.loungehub.listing.ListingNotFoundException;
import org.springframework.stereotype.Component;

/** A stored listing as the start of a match: its text, concepts and vector (when the backfill has made it). */
@Component
class ListingSource {

    private final ElasticsearchClient client;
    private final String alias;

    ListingSource(ElasticsearchClient client, IndexCatalog catalog) {
        this.client = client;
        this.alias = catalog.get("listings").alias();
    }

    /** @param vectors the listing's vectors by space, those the backfill has made */
    record Stored(String id, String partnerId, String kind, String side, String country, String text, List<String> concepts,
                  Map<VectorSpace, float[]> vectors) {
    }

    Stored load(String id) {
        ListingNotFoundException.possibleId(id);
        try {
            GetResponse<Map> response = client.get(g -> g.index(alias).id(id)
                    .sourceIncludes("partnerId", "kind", "side", "country", "title", "keywords", "description", "concepts",
                            VectorSpace.ZH.field(), VectorSpace.EN.field()), Map.class);
            if (!response.found() || response.source() == null) {
                throw new ListingNotFoundException(id);
            }
            Map<?, ?> source = response.source();
            String text = Stream.of(source.get("title"), join(source.get("keywords")), source.get("description"))
                    .filter(Objects::nonNull).map(Object::toString).filter(s -> !s.isBlank())
                    .collect(Collectors.joining("\n"));
            return new Stored(id, str(source.get("partnerId")), str(source.get("kind")), str(source.get("side")), str(source.get("country")), text,
                    strings(source.get("concepts")), vectors(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining(" ")) : null;
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static Map<VectorSpace, float[]> vectors(Map<?, ?> source) {
        Map<VectorSpace, float[]> vectors = new EnumMap<>(VectorSpace.class);
        for (VectorSpace space : VectorSpace.values()) {
            float[] vector = vector(source.get(space.field()));
            if (vector != null) {
                vectors.put(space, vector);
            }
        }
        return vectors;
    }

    private static float[] vector(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        float[] vector = new float[list.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = ((Number) list.get(i)).floatValue();
        }
        return vector;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
