package org.loungehub.docking.schedule;

import java.time.Duration;
import java.util.List;

/** A schedule: the meetings, every request left out with its reason, its weight against the bound. */
public record Schedule(List<Meeting> meetings, List<Exclusion> exclusions, long weight, Bound bound,
                       Duration took) {

    /** Weight scheduled over the bound: 1 means provably optimal. */
    public double ratio() {
        return bound.weight() == 0 ? 1.0 : (double) weight / bound.weight();
    }
}
