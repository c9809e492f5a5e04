package org.loungehub.evaluation;

import java.nio.file.Path;

/** Excerpts of the shared data sets in their published layout (attribution: src/test/resources/evaluation/NOTICE.md). */
final class Fixtures {

    /** 40 Tech Map companies (one inactive), 20 job postings in 3 job categories, 25 CSL offers in 4 disciplines. */
    static final Path DATA = Path.of("src/test/resources/evaluation/data");

    private Fixtures() {
    }
}
