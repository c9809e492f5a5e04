package org.loungehub.search;

import java.util.List;
import java.util.Map;

/** One page of search results with facet counts over the whole result set. */
public record SearchPage(long total, int page, int size, List<Map<String, Object>> items,
                         Map<String, List<FacetValue>> facets) {

    /** @param label a readable name where the value is a code (industry clusters), else null */
    public record FacetValue(String value, long count, String label) {
    }
}
