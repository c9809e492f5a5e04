package org.loungehub.concept;

/**
 * A label as the matcher sees it: the concept it names, how it is matched and under which key.
 *
 * @param wholeText matched only when it is the whole text (a keyword, an industry label), never inside running
 *                  text: generic words such as "data" or "productivity" mean a field only when they are all of it
 */
record MatchLabel(String conceptId, LabelKeys.Kind kind, String key, boolean wholeText) {
}
