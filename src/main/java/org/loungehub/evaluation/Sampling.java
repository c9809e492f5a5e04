package org.loungehub.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Deterministic sampling: java.util.Random's generator is specified, so a seed gives the same sample everywhere. */
final class Sampling {

    static final long SEED = 20261122L;

    private Sampling() {
    }

    static <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(SEED));
        return copy;
    }
}
