package org.loungehub.docking.schedule;

import java.time.Duration;

/**
 * How long the solver searches: at most {@code timeLimit}, less when nothing improves for {@code unimprovedLimit}
 * (null: no such stop); {@code stepLimit} (null: none) caps local-search steps, which makes a run with a fixed
 * {@code seed} give the same schedule on any machine, whatever its speed.
 */
public record SchedulerSettings(Duration timeLimit, Duration unimprovedLimit, Integer stepLimit, long seed) {

    public static SchedulerSettings defaults() {
        return new SchedulerSettings(Duration.ofSeconds(30), Duration.ofSeconds(5), null, 0L);
    }

    /** Reproducible everywhere: stops after {@code steps} local-search steps (the time limit is only a guard). */
    public static SchedulerSettings steps(int steps, long seed) {
        return new SchedulerSettings(Duration.ofMinutes(5), null, steps, seed);
    }
}
