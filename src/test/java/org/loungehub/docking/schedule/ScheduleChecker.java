package org.loungehub.docking.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.loungehub.docking.Event;
import org.loungehub.docking.LanguagePair;
import org.loungehub.docking.Lock;
import org.loungehub.docking.MeetingRequest;
import org.loungehub.docking.Participant;
import org.loungehub.docking.RequestState;
import org.loungehub.docking.Table;
import org.loungehub.docking.TableKind;

/** Checks a schedule against the rules from the raw inputs, independently of the scheduler's own bookkeeping. */
final class ScheduleChecker {

    private ScheduleChecker() {
    }

    static void check(Event event, List<Participant> participants, List<MeetingRequest> requests, List<Lock> locks,
                      Schedule schedule) {
        Map<String, Participant> who = participants.stream()
                .collect(Collectors.toMap(Participant::organizationId, Function.identity()));
        Map<String, MeetingRequest> request = requests.stream()
                .collect(Collectors.toMap(MeetingRequest::id, Function.identity()));
        Map<String, Integer> meetingsOf = new HashMap<>();
        Map<String, Integer> seatsTaken = new HashMap<>();
        Map<String, Integer> interpretersTaken = new HashMap<>();
        Set<String> presences = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        Set<String> accounted = new HashSet<>();
        long weight = 0;
        for (Meeting m : schedule.meetings()) {
            MeetingRequest r = request.get(m.requestId());
            assertThat(r).as("meeting %s comes from a request", m).isNotNull();
            assertThat(r.state()).isEqualTo(RequestState.ACCEPTED);
            assertThat(accounted.add(m.requestId())).as("request %s scheduled once", m.requestId()).isTrue();
            assertThat(r.samePair(m.first(), m.second())).isTrue();
            assertThat(pairs.add(new TreeSet<>(List.of(m.first(), m.second())).toString()))
                    .as("pair of %s meets once", m).isTrue();
            Participant a = who.get(m.first());
            Participant b = who.get(m.second());
            Table table = event.table(m.tableId());
            assertThat(m.slot()).isBetween(0, event.slots().size() - 1);
            boolean locked = locks.stream().anyMatch(l -> l.equals(m.toLock()) || sameLock(l, m));
            assertThat(m.locked()).as("%s locked flag", m).isEqualTo(locked);
            if (!locked) {
                assertThat(a.availableSlots()).as("%s inside %s's availability", m, a.organizationId())
                        .contains(m.slot());
                assertThat(b.availableSlots()).as("%s inside %s's availability", m, b.organizationId())
                        .contains(m.slot());
                TableKind kind = a.online() || b.online() ? TableKind.ONLINE : TableKind.ONSITE;
                assertThat(table.kind()).as("%s at a table of its kind", m).isEqualTo(kind);
            }
            for (Participant p : List.of(a, b)) {
                assertThat(presences.add(p.organizationId() + "@" + m.slot()))
                        .as("%s in two places in slot %d", p.organizationId(), m.slot()).isTrue();
                meetingsOf.merge(p.organizationId(), 1, Integer::sum);
            }
            int atTable = seatsTaken.merge(table.id() + "@" + m.slot(), 1, Integer::sum);
            assertThat(atTable).as("meetings at %s in slot %d", table.id(), m.slot()).isLessThanOrEqualTo(
                    table.capacity());
            boolean shared = a.languages().stream().anyMatch(b.languages()::contains);
            if (shared) {
                assertThat(m.interpreter()).as("%s needs no interpreter", m).isNull();
            } else {
                LanguagePair pair = m.interpreter();
                assertThat(pair).as("%s has an interpreter", m).isNotNull();
                assertThat(pair.bridges(a.languages(), b.languages())).isTrue();
                int busy = interpretersTaken.merge(pair + "@" + m.slot(), 1, Integer::sum);
                assertThat(busy).as("interpreters %s in slot %d", pair, m.slot())
                        .isLessThanOrEqualTo(event.interpretersPerSlot(pair));
            }
            assertThat(m.weight()).isEqualTo(r.weight());
            weight += m.weight();
        }
        meetingsOf.forEach((id, n) -> assertThat(n).as("meetings of %s", id)
                .isLessThanOrEqualTo(who.get(id).maxMeetings()));
        for (Lock lock : locks) {
            assertThat(schedule.meetings()).as("lock %s kept", lock).anyMatch(m -> sameLock(lock, m));
        }
        for (Exclusion e : schedule.exclusions()) {
            assertThat(accounted.add(e.requestId())).as("request %s accounted for once", e.requestId()).isTrue();
            assertReasonHolds(event, who, request.get(e.requestId()), e, schedule, meetingsOf, presences);
        }
        assertThat(accounted).as("every request scheduled or excluded").isEqualTo(request.keySet());
        assertThat(schedule.weight()).isEqualTo(weight);
        assertThat(schedule.bound().weight()).as("bound").isGreaterThanOrEqualTo(weight);
    }

    private static boolean sameLock(Lock lock, Meeting m) {
        return lock.slot() == m.slot() && lock.tableId().equals(m.tableId())
                && new TreeSet<>(List.of(lock.first(), lock.second()))
                .equals(new TreeSet<>(List.of(m.first(), m.second())));
    }

    /** The reason given is true of the final schedule: the request could not simply be added to it. */
    private static void assertReasonHolds(Event event, Map<String, Participant> who, MeetingRequest r, Exclusion e,
                                          Schedule schedule, Map<String, Integer> meetingsOf, Set<String> presences) {
        Participant a = who.get(r.requester());
        Participant b = who.get(r.counterpart());
        TreeSet<Integer> common = new TreeSet<>();
        if (a != null && b != null) {
            common.addAll(a.availableSlots());
            common.retainAll(b.availableSlots());
        }
        switch (e.reason()) {
            case NOT_ACCEPTED -> assertThat(r.state()).isNotEqualTo(RequestState.ACCEPTED);
            case NO_COMMON_FREE_SLOT -> assertThat(common).isEmpty();
            case PARTICIPANT_AT_MAXIMUM -> assertThat(meetingsOf.getOrDefault(e.detail(), 0))
                    .isEqualTo(who.get(e.detail()).maxMeetings());
            case LOST_TO_HIGHER_PRIORITY -> assertThat(common).allMatch(s -> presences.contains(a.organizationId()
                    + "@" + s) || presences.contains(b.organizationId() + "@" + s));
            case NO_TABLE_FREE -> {
                TableKind kind = a.online() || b.online() ? TableKind.ONLINE : TableKind.ONSITE;
                common.stream().filter(s -> !presences.contains(a.organizationId() + "@" + s)
                        && !presences.contains(b.organizationId() + "@" + s)).forEach(s -> assertThat(
                        schedule.meetings().stream().filter(m -> m.slot() == s
                                && event.table(m.tableId()).kind() == kind).count())
                        .as("%s: slot %d full", e, s).isEqualTo(event.seats(kind)));
            }
            case NO_INTERPRETER_FREE -> common.stream().filter(s -> !presences.contains(a.organizationId() + "@" + s)
                    && !presences.contains(b.organizationId() + "@" + s)).forEach(s -> assertThat(
                    schedule.meetings().stream().filter(m -> m.slot() == s
                            && String.valueOf(m.interpreter()).equals(e.detail())).count())
                    .as("%s: interpreters busy in slot %d", e, s)
                    .isGreaterThanOrEqualTo(1L));
            default -> {
            }
        }
    }
}
