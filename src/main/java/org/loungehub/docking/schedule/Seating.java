package org.loungehub.docking.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.loungehub.docking.Event;
import org.loungehub.docking.Table;

/**
 * Gives each placed demand a table: locked meetings keep theirs, the others take, slot by slot, the first table of
 * their kind with a seat left. Tables of one kind are interchangeable, so the solver only counts seats per kind.
 */
final class Seating {

    private Seating() {
    }

    static List<Meeting> seat(Event event, Map<Demand, Integer> placed) {
        Map<String, Integer> taken = new HashMap<>();
        List<Meeting> meetings = new ArrayList<>();
        List<Map.Entry<Demand, Integer>> order = placed.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Demand, Integer>, Boolean>comparing(e -> !e.getKey().locked())
                        .thenComparing(e -> e.getValue())
                        .thenComparing(e -> e.getKey().id()))
                .toList();
        for (Map.Entry<Demand, Integer> e : order) {
            Demand d = e.getKey();
            int slot = e.getValue();
            Table table = d.locked() ? event.table(d.lock().tableId()) : event.tables().stream()
                    .filter(t -> t.kind() == d.kind() && taken.getOrDefault(t.id() + "@" + slot, 0) < t.capacity())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + d.kind() + " seat left in slot " + slot
                            + " for " + d.id() + ": the solver counted seats wrongly"));
            taken.merge(table.id() + "@" + slot, 1, Integer::sum);
            meetings.add(new Meeting(d.id(), d.request().requester(), d.request().counterpart(), slot, table.id(),
                    d.interpreter(), d.weight(), d.mustMeet(), d.locked()));
        }
        meetings.sort(Comparator.comparingInt(Meeting::slot).thenComparing(Meeting::tableId)
                .thenComparing(Meeting::requestId));
        return List.copyOf(meetings);
    }
}
