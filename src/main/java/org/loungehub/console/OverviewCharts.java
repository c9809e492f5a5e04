package org.loungehub.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.loungehub.search.SearchPage;
import org.loungehub.search.SearchPage.FacetValue;

/**
 * The overview's charts from facet counts: what the page hands to ECharts (console.js draws them). Labels are
 * already in the page's language; the data is numbers only.
 */
final class OverviewCharts {

    private OverviewCharts() {
    }

    /** One facet as a chart: its values named by {@code label}, counted. */
    static Chart of(String type, SearchPage page, String facet, Function<String, String> label, String seriesName) {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (FacetValue value : page.facets().getOrDefault(facet, List.of())) {
            labels.add(label.apply(value.value()));
            counts.add(value.count());
        }
        return new Chart(type, labels, List.of(new Series(seriesName, counts)));
    }

    /**
     * Offers against requests per industry cluster, the clusters with the largest unmet demand (requests minus
     * offers) first: where demand has no supply is what the zone reports on.
     */
    static Chart gap(SearchPage supply, SearchPage demand, Function<String, String> label, String offers,
                     String requests) {
        Map<String, Long> supplied = counts(supply);
        Map<String, Long> demanded = counts(demand);
        Set<String> clusters = new LinkedHashSet<>(demanded.keySet());
        clusters.addAll(supplied.keySet());
        List<String> ordered = clusters.stream()
                .sorted((a, b) -> Long.compare(demanded.getOrDefault(b, 0L) - supplied.getOrDefault(b, 0L),
                        demanded.getOrDefault(a, 0L) - supplied.getOrDefault(a, 0L)))
                .toList();
        return new Chart("gap", ordered.stream().map(label).toList(), List.of(
                new Series(offers, ordered.stream().map(c -> supplied.getOrDefault(c, 0L)).toList()),
                new Series(requests, ordered.stream().map(c -> demanded.getOrDefault(c, 0L)).toList())));
    }

    private static Map<String, Long> counts(SearchPage page) {
        Map<String, Long> counts = new LinkedHashMap<>();
        page.facets().getOrDefault("industry", List.of()).forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    /** @param type pie, bar or gap (bars side by side) */
    record Chart(String type, List<String> labels, List<Series> series) {
    }

    record Series(String name, List<Long> values) {
    }
}
