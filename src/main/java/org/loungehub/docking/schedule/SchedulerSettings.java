package org.loungehub.docking.schedule;

import java.time.Duration;

/**
 * How long the solver searches: at most {@code timeLimit}, less when nothing improves for {@code unimprovedLimit}
 * (null: no such stop); {@code moveLimit} (null: none) caps the moves local search tries, which makes a run with a
 * fixed {@code seed} give the same schedule on any machine, whatever its speed (a cap on steps would not: when no
 * move is accepted, no step ends).
 */
public record SchedulerSettings(Duration timeLimit, Duration unimprovedLimit, Long moveLimit, long seed) {

    public static SchedulerSettings defaults() {
        return new SchedulerSettings(Duration.ofSeconds(30), Duration.ofSeconds(5), null, 0L);
    }

    /** Reproducible everywhere: stops after {@code moves} local-search moves (the time limit is only a guard). */
    public static SchedulerSettings moves(long moves, long seed) {
        return new SchedulerSettings(Duration.ofMinutes(5), null, moves, seed);
    }
}
