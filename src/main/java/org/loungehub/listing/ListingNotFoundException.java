package org.loungehub.listing;

import java.nio.charset.StandardCharsets;
import org.loungehub.api.ApiProblem;

/** No listing with this id, or none the caller may read (answered 404 either way). */
public class ListingNotFoundException extends ApiProblem {

    /** Elasticsearch's limit for document ids. */
    private static final int MAX_ID_BYTES = 512;

    public ListingNotFoundException(String id) {
        super(Type.NOT_FOUND, "No listing '" + id + "'");
    }

    /** Refuses, before Elasticsearch is asked, an id that no listing can have: ids are at most 512 bytes. */
    public static String possibleId(String id) {
        if (id == null || id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new ListingNotFoundException();
        }
        return id;
    }

    private ListingNotFoundException() {
        super(Type.NOT_FOUND, "No listing has this id: listing ids are at most " + MAX_ID_BYTES + " bytes");
    }
}
