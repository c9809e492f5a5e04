package org.loungehub.docking.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.loungehub.docking.Event;
import org.loungehub.docking.LanguagePair;
import org.loungehub.docking.Participant;
import org.loungehub.docking.TableKind;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The most weight any schedule of these demands can reach, as the optimum of a linear relaxation (ojAlgo): one
 * variable 0..1 per demand (1 if locked), and the schedule's capacities summed over the slots instead of held slot
 * by slot — each participant meets at most min(maximum, slots its demands can use) times, the meetings of a table
 * kind fit in the seats of the slots they can use, and those needing an interpreter of a pair in that pair's
 * interpreters over those slots. What it ignores is that the slots of one meeting must line up (both sides free in
 * the same slot as a seat and an interpreter), so the bound is reached when capacity, not timing, is what binds.
 */
final class UpperBound {

    private UpperBound() {
    }

    static Bound of(Event event, List<Demand> demands) {
        if (demands.isEmpty()) {
            return new Bound(0, 0);
        }
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<String, Expression> perParticipant = new HashMap<>();
        Map<String, Set<Integer>> participantSlots = new HashMap<>();
        Map<String, Integer> maximum = new HashMap<>();
        Map<Object, Expression> perResource = new HashMap<>();
        Map<Object, Set<Integer>> resourceSlots = new HashMap<>();
        for (Demand d : demands) {
            Variable x = model.newVariable("x" + d.id()).lower(d.locked() ? 1 : 0).upper(1).weight(d.weight());
            for (Participant p : List.of(d.first(), d.second())) {
                perParticipant.computeIfAbsent(p.organizationId(), k -> model.newExpression("p" + k)).set(x, 1);
                participantSlots.computeIfAbsent(p.organizationId(), k -> new TreeSet<>()).addAll(d.slots());
                maximum.put(p.organizationId(), p.maxMeetings());
            }
            perResource.computeIfAbsent(d.kind(), k -> model.newExpression("k" + k)).set(x, 1);
            resourceSlots.computeIfAbsent(d.kind(), k -> new TreeSet<>()).addAll(d.slots());
            if (d.interpreter() != null) {
                perResource.computeIfAbsent(d.interpreter(), k -> model.newExpression("i" + k)).set(x, 1);
                resourceSlots.computeIfAbsent(d.interpreter(), k -> new TreeSet<>()).addAll(d.slots());
            }
        }
        perParticipant.forEach((id, e) -> e.upper(Math.min(maximum.get(id), participantSlots.get(id).size())));
        perResource.forEach((resource, e) -> {
            int perSlot = resource instanceof TableKind kind ? event.seats(kind)
                    : event.interpretersPerSlot((LanguagePair) resource);
            e.upper((long) perSlot * resourceSlots.get(resource).size());
        });
        Optimisation.Result result = model.maximise();
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("the relaxation of a schedule with valid locks is feasible: " + result);
        }
        double relaxation = result.getValue();
        return new Bound((long) Math.floor(relaxation + 1e-6), relaxation);
    }
}
