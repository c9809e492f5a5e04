package org.loungehub.docking.schedule;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.loungehub.docking.Event;
import org.loungehub.docking.LanguagePair;
import org.loungehub.docking.Participant;
import org.loungehub.docking.TableKind;

/** What a schedule being built already uses: participants' slots and counts, seats and interpreters per slot. */
final class Occupancy {

    private record Use(Object resource, int slot) {
    }

    private final Event event;
    private final Set<Use> busy = new HashSet<>();
    private final Map<String, Integer> meetings = new HashMap<>();
    private final Map<Use, Integer> used = new HashMap<>();

    Occupancy(Event event) {
        this.event = event;
    }

    boolean free(Participant participant, int slot) {
        return !busy.contains(new Use(participant.organizationId(), slot));
    }

    boolean atMaximum(Participant participant) {
        return meetings.getOrDefault(participant.organizationId(), 0) >= participant.maxMeetings();
    }

    boolean seatFree(int slot, TableKind kind) {
        return used.getOrDefault(new Use(kind, slot), 0) < event.seats(kind);
    }

    boolean interpreterFree(int slot, LanguagePair pair) {
        return pair == null || used.getOrDefault(new Use(pair, slot), 0) < event.interpretersPerSlot(pair);
    }

    /** Whether the demand can be added in this slot without breaking any rule (availability is the caller's). */
    boolean fits(Demand demand, int slot) {
        return free(demand.first(), slot) && free(demand.second(), slot)
                && !atMaximum(demand.first()) && !atMaximum(demand.second())
                && seatFree(slot, demand.kind()) && interpreterFree(slot, demand.interpreter());
    }

    void place(Demand demand, int slot) {
        busy.add(new Use(demand.first().organizationId(), slot));
        busy.add(new Use(demand.second().organizationId(), slot));
        meetings.merge(demand.first().organizationId(), 1, Integer::sum);
        meetings.merge(demand.second().organizationId(), 1, Integer::sum);
        used.merge(new Use(demand.kind(), slot), 1, Integer::sum);
        if (demand.interpreter() != null) {
            used.merge(new Use(demand.interpreter(), slot), 1, Integer::sum);
        }
    }
}
