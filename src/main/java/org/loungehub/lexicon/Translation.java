package org.loungehub.lexicon;

import java.util.List;

/**
 * One word or phrase of a query and its renderings in the other language, best first. The renderings are
 * alternatives of one term: a search counts the best of them once, however many match.
 *
 * @param language the language of the alternatives ("en" or "zh")
 */
public record Translation(String source, String language, List<String> alternatives) {
}
