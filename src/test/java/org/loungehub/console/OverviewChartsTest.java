package org.loungehub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loungehub.search.SearchPage;
import org.loungehub.search.SearchPage.FacetValue;

class OverviewChartsTest {

    @Test
    void putsTheIndustriesWithTheLargestUnmetDemandFirst() {
        SearchPage supply = page(List.of(new FacetValue("ai", 9, null), new FacetValue("energy", 1, null)));
        SearchPage demand = page(List.of(new FacetValue("energy", 6, null), new FacetValue("health", 2, null),
                new FacetValue("ai", 3, null)));
        OverviewCharts.Chart gap = OverviewCharts.gap(supply, demand, String::toUpperCase, "offers", "requests");
        assertThat(gap.type()).isEqualTo("gap");
        assertThat(gap.labels()).containsExactly("ENERGY", "HEALTH", "AI");
        assertThat(gap.series()).containsExactly(new OverviewCharts.Series("offers", List.of(1L, 0L, 9L)),
                new OverviewCharts.Series("requests", List.of(6L, 2L, 3L)));
    }

    @Test
    void namesAFacetsValuesForTheChart() {
        SearchPage all = new SearchPage(5, 1, 1, List.of(), Map.of("kind",
                List.of(new FacetValue("technology", 4, null), new FacetValue("talent", 1, null))));
        OverviewCharts.Chart kinds = OverviewCharts.of("pie", all, "kind", v -> "kind:" + v, "listings");
        assertThat(kinds.labels()).containsExactly("kind:technology", "kind:talent");
        assertThat(kinds.series()).containsExactly(new OverviewCharts.Series("listings", List.of(4L, 1L)));
    }

    private static SearchPage page(List<FacetValue> industries) {
        return new SearchPage(0, 1, 1, List.of(), Map.of("industry", industries));
    }
}
