package org.loungehub.docking.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.loungehub.docking.Event;
import org.loungehub.docking.Lock;
import org.loungehub.docking.MeetingRequest;
import org.loungehub.docking.Participant;

/**
 * Makes a docking schedule: Timefold places the demands in slots (a construction heuristic by descending priority,
 * then local search until the time or move limit), a greedy pass adds anything still fitting, tables are given per
 * slot, and every request left out gets its reason. The upper bound comes from the same demands in the same run.
 */
public final class Scheduler {

    private static final Comparator<Demand> PRIORITY = Comparator.comparing(Demand::mustMeet).reversed()
            .thenComparing(Comparator.comparingInt(Demand::weight).reversed())
            .thenComparing(Demand::id);

    private final SchedulerSettings settings;

    public Scheduler(SchedulerSettings settings) {
        this.settings = settings;
    }

    public Schedule make(Event event, List<Participant> participants, List<MeetingRequest> requests,
                         List<Lock> locks) {
        long started = System.nanoTime();
        Intake intake = Intake.of(event, participants, requests, locks);
        List<Demand> demands = intake.demands().stream().sorted(PRIORITY).toList();
        Bound bound = UpperBound.of(event, demands);
        Map<Demand, Integer> solved = solve(event, demands);

        Occupancy occupancy = new Occupancy(event);
        Map<Demand, Integer> placed = new LinkedHashMap<>();
        List<Demand> left = new ArrayList<>();
        demands.stream().filter(Demand::locked).forEach(d -> {
            occupancy.place(d, d.lock().slot());
            placed.put(d, d.lock().slot());
        });
        for (Demand d : demands) {
            Integer slot = solved.get(d);
            if (d.locked()) {
                continue;
            }
            if (slot != null && occupancy.fits(d, slot)) {
                occupancy.place(d, slot);
                placed.put(d, slot);
            } else {
                left.add(d);
            }
        }
        List<Exclusion> exclusions = new ArrayList<>(intake.exclusions());
        for (Demand d : left) {
            Integer slot = d.slots().stream().filter(s -> occupancy.fits(d, s)).findFirst().orElse(null);
            if (slot != null) {
                occupancy.place(d, slot);
                placed.put(d, slot);
            } else {
                exclusions.add(Reasons.of(d, occupancy));
            }
        }
        List<Meeting> meetings = Seating.seat(event, placed);
        long weight = meetings.stream().mapToLong(Meeting::weight).sum();
        exclusions.sort(Comparator.comparing(Exclusion::requestId));
        return new Schedule(meetings, List.copyOf(exclusions), weight, bound,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private Map<Demand, Integer> solve(Event event, List<Demand> demands) {
        Map<Demand, Integer> solved = new LinkedHashMap<>();
        if (demands.stream().allMatch(Demand::locked)) {
            return solved;
        }
        List<Placement> placements = demands.stream()
                .map(d -> new Placement(d, event.seats(d.kind()),
                        d.interpreter() == null ? 0 : event.interpretersPerSlot(d.interpreter())))
                .toList();
        DockingPlan best = SolverFactory.<DockingPlan>create(solverConfig()).buildSolver()
                .solve(new DockingPlan(new ArrayList<>(placements)));
        for (Placement p : best.placements()) {
            if (p.slot() != null) {
                solved.put(p.demand(), p.slot());
            }
        }
        return solved;
    }

    private SolverConfig solverConfig() {
        TerminationConfig solverTermination = new TerminationConfig().withSpentLimit(settings.timeLimit());
        if (settings.unimprovedLimit() != null) {
            solverTermination.setUnimprovedSpentLimit(settings.unimprovedLimit());
        }
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
        if (settings.moveLimit() != null) {
            localSearch.setTerminationConfig(new TerminationConfig().withMoveCountLimit(settings.moveLimit()));
        }
        return new SolverConfig()
                .withSolutionClass(DockingPlan.class)
                .withEntityClasses(Placement.class)
                .withConstraintProviderClass(DockingConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(solverTermination)
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch);
    }
}
