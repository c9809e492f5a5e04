package org.loungehub.taxonomy;

/** One node of the ISIC tree: a section (letter), division (2 digits), group (3) or class (4). */
record IsicNode(String code, String parent, int level, String en, String zh) {
}
