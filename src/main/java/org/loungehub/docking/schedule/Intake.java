package org.loungehub.docking.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.loungehub.docking.Event;
import org.loungehub.docking.Interpreters;
import org.loungehub.docking.LanguagePair;
import org.loungehub.docking.Lock;
import org.loungehub.docking.MeetingRequest;
import org.loungehub.docking.Participant;
import org.loungehub.docking.RequestState;
import org.loungehub.docking.Table;
import org.loungehub.docking.TableKind;

/**
 * Turns an event's requests into the demands the solver places, and excludes those no schedule could hold (not
 * accepted, a second request for the same pair, no interpreter, no table of the kind, no common free slot).
 * Locks are checked here: a lock that breaks a rule against another lock is refused.
 */
record Intake(List<Demand> demands, List<Exclusion> exclusions) {

    private record Pair(String a, String b) {
        static Pair of(String x, String y) {
            return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }

    private static final Comparator<MeetingRequest> PREFERRED = Comparator
            .comparing(MeetingRequest::mustMeet).reversed()
            .thenComparing(Comparator.comparingInt(MeetingRequest::weight).reversed())
            .thenComparing(MeetingRequest::id);

    static Intake of(Event event, List<Participant> participants, List<MeetingRequest> requests, List<Lock> locks) {
        Map<String, Participant> byId = new HashMap<>();
        for (Participant p : participants) {
            if (byId.put(p.organizationId(), p) != null) {
                throw new IllegalArgumentException("participant " + p.organizationId() + " registered twice");
            }
        }
        List<Exclusion> exclusions = new ArrayList<>();
        Map<Pair, List<MeetingRequest>> byPair = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (MeetingRequest r : requests) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("request id " + r.id() + " used twice");
            }
            if (r.state() != RequestState.ACCEPTED) {
                exclusions.add(new Exclusion(r.id(), Exclusion.Reason.NOT_ACCEPTED, r.state().name()));
            } else if (!byId.containsKey(r.requester()) || !byId.containsKey(r.counterpart())) {
                String unknown = byId.containsKey(r.requester()) ? r.counterpart() : r.requester();
                exclusions.add(new Exclusion(r.id(), Exclusion.Reason.UNKNOWN_PARTICIPANT, unknown));
            } else {
                byPair.computeIfAbsent(Pair.of(r.requester(), r.counterpart()), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Pair, Lock> lockByPair = new HashMap<>();
        for (Lock lock : locks) {
            Pair pair = Pair.of(lock.first(), lock.second());
            if (!byPair.containsKey(pair)) {
                throw new IllegalArgumentException("lock " + lock + ": the pair has no accepted request");
            }
            if (lock.slot() < 0 || lock.slot() >= event.slots().size()) {
                throw new IllegalArgumentException("lock " + lock + ": no such slot");
            }
            event.table(lock.tableId());
            if (lockByPair.put(pair, lock) != null) {
                throw new IllegalArgumentException("the pair of lock " + lock + " is locked twice");
            }
        }
        List<Demand> demands = new ArrayList<>();
        for (Map.Entry<Pair, List<MeetingRequest>> e : byPair.entrySet()) {
            List<MeetingRequest> same = e.getValue().stream().sorted(PREFERRED).toList();
            MeetingRequest kept = same.get(0);
            same.stream().skip(1).forEach(r ->
                    exclusions.add(new Exclusion(r.id(), Exclusion.Reason.DUPLICATE_PAIR, kept.id())));
            Lock lock = lockByPair.get(e.getKey());
            demand(event, kept, byId.get(kept.requester()), byId.get(kept.counterpart()), lock, exclusions)
                    .ifPresent(demands::add);
        }
        checkLocks(event, demands);
        return new Intake(List.copyOf(demands), List.copyOf(exclusions));
    }

    private static java.util.Optional<Demand> demand(Event event, MeetingRequest r, Participant a, Participant b,
                                                     Lock lock, List<Exclusion> exclusions) {
        TableKind kind = lock != null ? event.table(lock.tableId()).kind()
                : a.online() || b.online() ? TableKind.ONLINE : TableKind.ONSITE;
        LanguagePair interpreter = null;
        boolean shareLanguage = a.languages().stream().anyMatch(b.languages()::contains);
        if (!shareLanguage) {
            interpreter = event.interpreters().stream()
                    .filter(i -> i.perSlot() > 0 && i.pair().bridges(a.languages(), b.languages()))
                    .max(Comparator.comparingInt(Interpreters::perSlot))
                    .map(Interpreters::pair).orElse(null);
            if (interpreter == null) {
                if (lock != null) {
                    throw new IllegalArgumentException("lock " + lock + ": the event has no interpreter for it");
                }
                exclusions.add(new Exclusion(r.id(), Exclusion.Reason.NO_INTERPRETER_AT_EVENT,
                        a.languages() + " / " + b.languages()));
                return java.util.Optional.empty();
            }
        }
        if (event.seats(kind) == 0) {
            exclusions.add(new Exclusion(r.id(), Exclusion.Reason.NO_TABLE_OF_KIND,
                    kind.name().toLowerCase(java.util.Locale.ROOT)));
            return java.util.Optional.empty();
        }
        TreeSet<Integer> slots = new TreeSet<>(a.availableSlots());
        slots.retainAll(b.availableSlots());
        slots.removeIf(s -> s < 0 || s >= event.slots().size());
        if (lock != null) {
            slots.add(lock.slot());
        } else if (slots.isEmpty()) {
            exclusions.add(new Exclusion(r.id(), Exclusion.Reason.NO_COMMON_FREE_SLOT, ""));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Demand(r, a, b, kind, interpreter, List.copyOf(slots), lock));
    }

    private static void checkLocks(Event event, List<Demand> demands) {
        Occupancy occupancy = new Occupancy(event);
        Map<String, Integer> perTable = new HashMap<>();
        for (Demand d : demands) {
            if (!d.locked()) {
                continue;
            }
            if (!occupancy.fits(d, d.lock().slot())) {
                throw new IllegalArgumentException("lock " + d.lock() + " conflicts with another lock (a participant"
                        + " twice in the slot, over its maximum, or no seat or interpreter left)");
            }
            Table table = event.table(d.lock().tableId());
            int atTable = perTable.merge(table.id() + "@" + d.lock().slot(), 1, Integer::sum);
            if (atTable > table.capacity()) {
                throw new IllegalArgumentException("lock " + d.lock() + ": table " + table.id() + " is full");
            }
            occupancy.place(d, d.lock().slot());
        }
    }
}
