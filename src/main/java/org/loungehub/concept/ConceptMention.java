package org.loungehub.concept;

/**
 * Where a concept was found in a text.
 *
 * @param surface the text as written there (Traditional, full-width, any case)
 * @param start offset of its first char in the original text
 * @param end offset after its last char
 */
public record ConceptMention(String conceptId, String surface, int start, int end) {
}
