package org.loungehub.taxonomy;

import java.util.List;

/**
 * What a partner's industry labels mean in the hub's taxonomy.
 *
 * @param codes ISIC codes: those named directly, then those of the clusters named
 * @param clusters cluster ids: those named directly, then those covering a code named directly
 * @param labels Chinese and English names of the codes and clusters, for search and display
 * @param unresolved the partner labels that matched nothing
 */
public record Resolution(List<String> codes, List<String> clusters, List<String> labels, List<String> unresolved) {

    public Resolution {
        codes = List.copyOf(codes);
        clusters = List.copyOf(clusters);
        labels = List.copyOf(labels);
        unresolved = List.copyOf(unresolved);
    }
}
