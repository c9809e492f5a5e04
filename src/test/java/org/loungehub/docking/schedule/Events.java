package org.loungehub.docking.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.loungehub.docking.Event;
import org.loungehub.docking.Interpreters;
import org.loungehub.docking.Language;
import org.loungehub.docking.MeetingRequest;
import org.loungehub.docking.Participant;
import org.loungehub.docking.RequestState;
import org.loungehub.docking.SlotPlan;
import org.loungehub.docking.Table;

/** Small hand-made events for the scheduler's tests. */
final class Events {

    private Events() {
    }

    static Event event(String id, int slots, List<Table> tables, Interpreters... interpreters) {
        LocalDateTime start = LocalDateTime.of(2026, 6, 1, 9, 0);
        SlotPlan plan = new SlotPlan(start, start.plusMinutes(30L * slots), Duration.ofMinutes(30), List.of());
        return new Event(id, "Event " + id, "Tel Aviv", start.minusDays(3), plan.slots(0), tables,
                Arrays.asList(interpreters));
    }

    static Participant speaking(String id, Set<Language> languages, int max, Integer... slots) {
        return new Participant(id, languages, new TreeSet<>(Arrays.asList(slots)), max, false);
    }

    static Participant english(String id, int max, Integer... slots) {
        return speaking(id, Set.of(Language.EN), max, slots);
    }

    static MeetingRequest accepted(String id, String from, String to, int weight) {
        return new MeetingRequest(id, from, to, weight, false, RequestState.ACCEPTED);
    }

    static List<Integer> allSlots(int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }
}
