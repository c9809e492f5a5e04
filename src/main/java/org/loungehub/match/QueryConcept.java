package org.loungehub.match;

/**
 * A concept found in (or implied by) the match query.
 *
 * @param surface the words of the query that named it; null for a broader concept only implied
 * @param weight 1 for a concept the query names, less for a broader one it implies
 */
public record QueryConcept(String id, String zh, String en, String surface, double weight) {
}
