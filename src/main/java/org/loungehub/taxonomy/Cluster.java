package org.loungehub.taxonomy;

import java.util.List;

/**
 * One of the lounge's industry clusters (医药与医疗器械, 智能制造 ...).
 *
 * @param isicCodes the ISIC codes the cluster covers (each with its descendants)
 * @param synonyms other names partners use for it, Chinese and English, as written in clusters.tsv
 */
public record Cluster(String id, String zh, String en, List<String> isicCodes, List<String> synonyms) {

    public Cluster {
        isicCodes = List.copyOf(isicCodes);
        synonyms = List.copyOf(synonyms);
    }
}
