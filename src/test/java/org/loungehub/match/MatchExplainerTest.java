package org.loungehub.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchExplainerTest {

    @Test
    void matchedTermsAreTheEmphasizedWordsUnescapedAndOnce() {
        Map<String, List<String>> highlights = Map.of(
                "title", List.of("<em>Millimeter</em>-<em>wave</em> radar"),
                "description", List.of("for <em>elderly</em> &amp; <em>wave</em> &lt;b&gt;"));

        assertThat(MatchExplainer.matchedTerms(highlights)).containsExactlyInAnyOrder("Millimeter", "wave", "elderly");
    }

    @Test
    void sharedConceptsAreTheQueryConceptsTheListingIsTaggedWith() {
        List<QueryConcept> query = List.of(
                new QueryConcept("mmwave-radar", "毫米波雷达", "millimeter-wave radar", "毫米波雷达", 1.0),
                new QueryConcept("elderly-care", "养老", "elderly care", "养老", 1.0));

        assertThat(MatchExplainer.shared(query, List.of("elderly-care", "health")))
                .extracting(QueryConcept::id).containsExactly("elderly-care");
        assertThat(MatchExplainer.shared(query, null)).isEmpty();
    }
}
