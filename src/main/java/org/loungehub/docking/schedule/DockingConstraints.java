package org.loungehub.docking.schedule;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;

import java.util.function.Function;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The rules of a docking schedule. Hard: nobody in two places at once, each participant's maximum, seats of each
 * table kind per slot, interpreters of each pair per slot (availability is the placements' value range). Medium:
 * must-meet pairs, by weight. Soft: the weight of every meeting placed. Unplaced demands are not seen by forEach.
 */
public class DockingConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                twoPlacesAtOnce(factory), overMaximum(factory), tablesFull(factory), interpretersBusy(factory),
                mustMeet(factory), weight(factory)
        };
    }

    Constraint twoPlacesAtOnce(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .flattenLast(Placement::presences)
                .groupBy(Function.identity(), count())
                .filter((presence, n) -> n > 1)
                .penalize(HardMediumSoftLongScore.ONE_HARD, (presence, n) -> n - 1)
                .asConstraint("participant in two places at once");
    }

    Constraint overMaximum(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .flattenLast(Placement::loads)
                .groupBy(Function.identity(), count())
                .filter((load, n) -> n > load.maximum())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (load, n) -> n - load.maximum())
                .asConstraint("participant over its maximum");
    }

    Constraint tablesFull(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(Placement::seats, count())
                .filter((seats, n) -> n > seats.capacity())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (seats, n) -> n - seats.capacity())
                .asConstraint("more meetings than seats");
    }

    Constraint interpretersBusy(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(Placement::needsInterpreter)
                .groupBy(Placement::interpreter, count())
                .filter((interpreters, n) -> n > interpreters.capacity())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (interpreters, n) -> n - interpreters.capacity())
                .asConstraint("more meetings than interpreters");
    }

    Constraint mustMeet(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(Placement::mustMeet)
                .reward(HardMediumSoftLongScore.ONE_MEDIUM, Placement::weight)
                .asConstraint("must-meet pair scheduled");
    }

    Constraint weight(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .reward(HardMediumSoftLongScore.ONE_SOFT, Placement::weight)
                .asConstraint("meeting weight scheduled");
    }
}
