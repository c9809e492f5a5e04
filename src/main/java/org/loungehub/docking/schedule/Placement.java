package org.loungehub.docking.schedule;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** The solver's view of one demand: the slot it is placed in, or none. A locked demand is pinned to its slot. */
@PlanningEntity
public class Placement {

    /** A participant in a slot: two placements sharing one break "nobody in two places at once". */
    record Presence(String participant, int slot) {
    }

    /** A participant with its maximum: more placements than that break "each participant's maximum". */
    record Load(String participant, int maximum) {
    }

    /** Meetings of a table kind in a slot, and how many fit there at once. */
    record Seats(Object kind, int slot, int capacity) {
    }

    @PlanningId
    private String id;
    private Demand demand;
    private List<Load> loads;
    @ValueRangeProvider(id = "freeSlots")
    private List<Integer> freeSlots;
    @PlanningVariable(valueRangeProviderRefs = "freeSlots", allowsUnassigned = true)
    private Integer slot;
    @PlanningPin
    private boolean locked;
    private int seatCapacity;
    private int interpreterCapacity;

    Placement() {
    }

    Placement(Demand demand, int seatCapacity, int interpreterCapacity) {
        this.id = demand.id();
        this.demand = demand;
        this.loads = List.of(new Load(demand.first().organizationId(), demand.first().maxMeetings()),
                new Load(demand.second().organizationId(), demand.second().maxMeetings()));
        this.freeSlots = demand.slots();
        this.locked = demand.locked();
        this.slot = demand.locked() ? demand.lock().slot() : null;
        this.seatCapacity = seatCapacity;
        this.interpreterCapacity = interpreterCapacity;
    }

    Demand demand() {
        return demand;
    }

    Integer slot() {
        return slot;
    }

    List<Presence> presences() {
        return List.of(new Presence(demand.first().organizationId(), slot),
                new Presence(demand.second().organizationId(), slot));
    }

    List<Load> loads() {
        return loads;
    }

    Seats seats() {
        return new Seats(demand.kind(), slot, seatCapacity);
    }

    boolean needsInterpreter() {
        return demand.interpreter() != null;
    }

    Seats interpreter() {
        return new Seats(demand.interpreter(), slot, interpreterCapacity);
    }

    int weight() {
        return demand.weight();
    }

    boolean mustMeet() {
        return demand.mustMeet();
    }
}
