package org.loungehub.docking.schedule;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The planning problem and its solution: every demand's placement, scored by {@link DockingConstraints}. */
@PlanningSolution
public class DockingPlan {

    @PlanningEntityCollectionProperty
    private List<Placement> placements;
    @PlanningScore
    private HardMediumSoftLongScore score;

    DockingPlan() {
    }

    DockingPlan(List<Placement> placements) {
        this.placements = placements;
    }

    List<Placement> placements() {
        return placements;
    }

    HardMediumSoftLongScore score() {
        return score;
    }
}
