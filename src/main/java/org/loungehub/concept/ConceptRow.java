package org.loungehub.concept;

import java.util.List;

/**
 * One line of a concept file, as written: labels may still carry the whole-text mark {@code =}.
 *
 * @param origin file and line, for error messages
 */
record ConceptRow(String id, List<String> broader, List<String> zh, List<String> en, List<String> he, String origin) {
}
