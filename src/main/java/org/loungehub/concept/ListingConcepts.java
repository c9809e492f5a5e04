package org.loungehub.concept;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.loungehub.taxonomy.Cluster;
import org.loungehub.taxonomy.Resolution;
import org.loungehub.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * The concepts a listing is about: what its title, description, keywords and industry labels name, the clusters
 * its industries resolve to (clusters are concepts under their own ids), and everything those imply (broader).
 */
@Component
public class ListingConcepts {

    private final ConceptVocabulary vocabulary;
    private final Taxonomy taxonomy;

    public ListingConcepts(ConceptVocabulary vocabulary, Taxonomy taxonomy) {
        this.vocabulary = vocabulary;
        this.taxonomy = taxonomy;
    }

    /**
     * Sorted, distinct concept ids of a listing as stored: its industries are resolved again from the partner's
     * labels, as the intake resolved them, so a re-tag gives exactly what the intake would give today.
     */
    public List<String> of(String title, String description, List<String> keywords, List<String> originalIndustries) {
        return of(title, description, keywords, originalIndustries, taxonomy.resolve(originalIndustries));
    }

    /** Sorted, distinct concept ids. */
    public List<String> of(String title, String description, List<String> keywords, List<String> originalIndustries,
                           Resolution industries) {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        texts.add(description);
        texts.addAll(keywords);
        texts.addAll(originalIndustries);
        texts.addAll(namesOfCodesNamedDirectly(industries));
        Set<String> ids = vocabulary.tagIds(texts.toArray(String[]::new));
        ids.addAll(industries.clusters());
        return List.copyOf(vocabulary.withBroader(ids));
    }

    /** The version of the vocabulary that tags: recorded with every listing's concepts (conceptsVersion). */
    public String version() {
        return vocabulary.version();
    }

    /**
     * The ISIC names of codes a partner named ("2100": Manufacture of pharmaceuticals ...), not of every code a
     * named cluster spans: "Health" spans dental instruments and social work, which the listing never said.
     */
    private List<String> namesOfCodesNamedDirectly(Resolution industries) {
        Set<String> spanned = new HashSet<>();
        for (String id : industries.clusters()) {
            taxonomy.cluster(id).map(Cluster::isicCodes).ifPresent(spanned::addAll);
        }
        List<String> names = new ArrayList<>();
        for (String code : industries.codes()) {
            if (!spanned.contains(code)) {
                names.addAll(taxonomy.labels(code));
            }
        }
        return names;
    }
}
