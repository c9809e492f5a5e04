package org.loungehub.docking.schedule;

import java.util.List;
import java.util.Locale;

/** Why a demand the schedule could not place is out, read from what the final schedule occupies. */
final class Reasons {

    private Reasons() {
    }

    static Exclusion of(Demand d, Occupancy occupancy) {
        if (occupancy.atMaximum(d.first())) {
            return new Exclusion(d.id(), Exclusion.Reason.PARTICIPANT_AT_MAXIMUM, d.first().organizationId());
        }
        if (occupancy.atMaximum(d.second())) {
            return new Exclusion(d.id(), Exclusion.Reason.PARTICIPANT_AT_MAXIMUM, d.second().organizationId());
        }
        List<Integer> bothFree = d.slots().stream()
                .filter(s -> occupancy.free(d.first(), s) && occupancy.free(d.second(), s)).toList();
        if (bothFree.isEmpty()) {
            return new Exclusion(d.id(), Exclusion.Reason.LOST_TO_HIGHER_PRIORITY, "");
        }
        boolean noInterpreter = bothFree.stream().noneMatch(s -> occupancy.interpreterFree(s, d.interpreter()));
        boolean noSeat = bothFree.stream().noneMatch(s -> occupancy.seatFree(s, d.kind()));
        String kind = d.kind().name().toLowerCase(Locale.ROOT);
        if (noInterpreter) {
            return new Exclusion(d.id(), Exclusion.Reason.NO_INTERPRETER_FREE, String.valueOf(d.interpreter()));
        }
        if (noSeat) {
            return new Exclusion(d.id(), Exclusion.Reason.NO_TABLE_FREE, kind);
        }
        return new Exclusion(d.id(), Exclusion.Reason.NO_TABLE_OR_INTERPRETER_FREE, kind + ", " + d.interpreter());
    }
}
