package org.loungehub.evaluation;

import java.io.IOException;
import java.nio.file.Path;

/** Builds one labeled set from the shared data's own labels, the same way at every run (fixed-seed sampling). */
interface DevelopmentSet {

    String name();

    /** @param data the folder of the shared data sets (israel-techmap/, csl-tech-offers/) */
    LabeledSet build(Path data) throws IOException;
}
