package org.loungehub.normalize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Arrays;
import java.util.List;
import org.loungehub.listing.Listing;

/**
 * SHA-256 of a listing's content: every field except where it came from (source), when the partner last touched
 * it (updatedAt), which concept vocabulary tagged it (conceptsVersion: its concepts are content, the version is not)
 * and the hash itself, as JSON with sorted keys. Equal content gives equal hashes, so an unchanged record can skip
 * re-indexing and re-matching. Fields are read from the record's components, so a field added to
 * Listing is hashed without anyone remembering to add it here.
 */
final class ContentHash {

    private static final Set<String> NOT_CONTENT = Set.of("source", "contentHash", "updatedAt", "conceptsVersion");
    /** Looked up once: Class.getRecordComponents() is reflective and slow on the per-record path. */
    private static final List<RecordComponent> CONTENT = Arrays.stream(Listing.class.getRecordComponents())
            .filter(c -> !NOT_CONTENT.contains(c.getName())).toList();

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    String of(Listing listing) {
        Map<String, Object> content = new TreeMap<>();
        try {
            for (RecordComponent component : CONTENT) {
                content.put(component.getName(), component.getAccessor().invoke(listing));
            }
            byte[] canonical = json.writeValueAsBytes(content);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (ReflectiveOperationException | JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash listing " + listing.id(), e);
        }
    }
}
