package org.loungehub.docking;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A docking meeting (对接会): its slots (see {@link SlotPlan}), its tables and rooms, and the interpreters who
 * work in every slot.
 */
public record Event(String id, String name, String venue, LocalDateTime registrationDeadline, List<Slot> slots,
                    List<Table> tables, List<Interpreters> interpreters) {

    public Event {
        slots = List.copyOf(slots);
        tables = List.copyOf(tables);
        interpreters = List.copyOf(interpreters);
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).index() != i) {
                throw new IllegalArgumentException("slot " + i + " has index " + slots.get(i).index());
            }
        }
    }

    public Table table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + tableId + " at event " + id));
    }

    /** Meetings of this kind that can be held at once in one slot. */
    public int seats(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).mapToInt(Table::capacity).sum();
    }

    public int interpretersPerSlot(LanguagePair pair) {
        return interpreters.stream().filter(i -> i.pair().equals(pair)).mapToInt(Interpreters::perSlot).sum();
    }
}
