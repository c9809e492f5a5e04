package org.loungehub.docking.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loungehub.docking.schedule.Events.accepted;
import static org.loungehub.docking.schedule.Events.english;
import static org.loungehub.docking.schedule.Events.event;
import static org.loungehub.docking.schedule.Events.speaking;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.loungehub.docking.Event;
import org.loungehub.docking.Interpreters;
import org.loungehub.docking.Language;
import org.loungehub.docking.LanguagePair;
import org.loungehub.docking.Lock;
import org.loungehub.docking.MeetingRequest;
import org.loungehub.docking.Participant;
import org.loungehub.docking.RandomDockingEvent;
import org.loungehub.docking.RequestState;
import org.loungehub.docking.Table;
import org.loungehub.docking.TableKind;

class SchedulerTest {

    private static final Scheduler SCHEDULER = new Scheduler(SchedulerSettings.moves(2000, 7));

    private static Table onsite(String id) {
        return new Table(id, TableKind.ONSITE, 1);
    }

    private static Schedule make(Event event, List<Participant> participants, List<MeetingRequest> requests,
                                 List<Lock> locks) {
        Schedule schedule = SCHEDULER.make(event, participants, requests, locks);
        ScheduleChecker.check(event, participants, requests, locks, schedule);
        return schedule;
    }

    private static List<String> scheduled(Schedule schedule) {
        return schedule.meetings().stream().map(Meeting::requestId).toList();
    }

    private static Exclusion exclusion(Schedule schedule, String requestId) {
        return schedule.exclusions().stream().filter(e -> e.requestId().equals(requestId)).findFirst().orElseThrow();
    }

    @Test
    void leavesOutADeclinedRequestAsNotAccepted() {
        Event event = event("sch-declined", 2, List.of(onsite("t")));
        List<Participant> who = List.of(english("sd-a", 2, 0, 1), english("sd-b", 2, 0, 1));
        List<MeetingRequest> requests = List.of(new MeetingRequest("sd-r", "sd-a", "sd-b", 1, false,
                RequestState.DECLINED));
        Schedule schedule = make(event, who, requests, List.of());
        assertThat(schedule.meetings()).isEmpty();
        assertThat(schedule.exclusions()).containsExactly(new Exclusion("sd-r", Exclusion.Reason.NOT_ACCEPTED,
                "DECLINED"));
    }

    @Test
    void leavesOutAPairWithNoCommonFreeSlot() {
        Event event = event("sch-nocommon", 3, List.of(onsite("t")));
        List<Participant> who = List.of(english("sn-a", 2, 0, 1), english("sn-b", 2, 2));
        Schedule schedule = make(event, who, List.of(accepted("sn-r", "sn-a", "sn-b", 1)), List.of());
        assertThat(exclusion(schedule, "sn-r").message()).isEqualTo("no common free slot");
    }

    @Test
    void leavesOutTheLighterRequestOfAParticipantAtItsMaximum() {
        Event event = event("sch-max", 3, List.of(onsite("t1"), onsite("t2")));
        List<Participant> who = List.of(english("sm-a", 1, 0, 1, 2), english("sm-b", 3, 0, 1, 2),
                english("sm-c", 3, 0, 1, 2));
        Schedule schedule = make(event, who, List.of(accepted("sm-heavy", "sm-a", "sm-b", 5),
                accepted("sm-light", "sm-a", "sm-c", 1)), List.of());
        assertThat(scheduled(schedule)).containsExactly("sm-heavy");
        assertThat(exclusion(schedule, "sm-light").message()).isEqualTo("participant sm-a at its maximum");
    }

    @Test
    void leavesOutAMeetingWhoseInterpretersAreAllBooked() {
        Event event = event("sch-interp", 1, List.of(onsite("t1"), onsite("t2")),
                new Interpreters(LanguagePair.of(Language.ZH, Language.HE), 1));
        List<Participant> who = List.of(speaking("si-a", Set.of(Language.ZH), 1, 0),
                speaking("si-b", Set.of(Language.HE), 1, 0), speaking("si-c", Set.of(Language.ZH), 1, 0),
                speaking("si-d", Set.of(Language.HE), 1, 0));
        Schedule schedule = make(event, who, List.of(accepted("si-heavy", "si-a", "si-b", 5),
                accepted("si-light", "si-c", "si-d", 1)), List.of());
        assertThat(scheduled(schedule)).containsExactly("si-heavy");
        assertThat(schedule.meetings().get(0).interpreter()).isEqualTo(LanguagePair.of(Language.HE, Language.ZH));
        assertThat(exclusion(schedule, "si-light").message())
                .isEqualTo("no interpreter zh↔he free in the common slots");
    }

    @Test
    void leavesOutAMeetingForWhichNoTableIsFree() {
        Event event = event("sch-table", 1, List.of(onsite("t1")));
        List<Participant> who = List.of(english("st-a", 1, 0), english("st-b", 1, 0), english("st-c", 1, 0),
                english("st-d", 1, 0));
        Schedule schedule = make(event, who, List.of(accepted("st-heavy", "st-a", "st-b", 5),
                accepted("st-light", "st-c", "st-d", 1)), List.of());
        assertThat(scheduled(schedule)).containsExactly("st-heavy");
        assertThat(exclusion(schedule, "st-light").message()).isEqualTo("no onsite table free in the common slots");
    }

    @Test
    void leavesOutAMeetingWhoseCommonSlotsWentToHigherPriorityMeetings() {
        Event event = event("sch-lost", 2, List.of(onsite("t1"), onsite("t2")));
        List<Participant> who = List.of(english("sl-a", 2, 0, 1), english("sl-b", 2, 0), english("sl-c", 2, 0));
        Schedule schedule = make(event, who, List.of(accepted("sl-heavy", "sl-a", "sl-b", 5),
                accepted("sl-light", "sl-a", "sl-c", 1)), List.of());
        assertThat(scheduled(schedule)).containsExactly("sl-heavy");
        assertThat(exclusion(schedule, "sl-light").reason()).isEqualTo(Exclusion.Reason.LOST_TO_HIGHER_PRIORITY);
    }

    @Test
    void leavesOutPairsNoInterpreterOrTableKindOfTheEventCanServeAndSecondRequestsOfAPair() {
        Event event = event("sch-static", 2, List.of(onsite("t1")));
        Participant online = new Participant("sx-online", Set.of(Language.EN), new TreeSet<>(Set.of(0, 1)), 2, true);
        List<Participant> who = List.of(english("sx-a", 3, 0, 1), speaking("sx-zh", Set.of(Language.ZH), 2, 0, 1),
                online, english("sx-b", 2, 0, 1));
        List<MeetingRequest> requests = List.of(accepted("sx-lang", "sx-a", "sx-zh", 1),
                accepted("sx-kind", "sx-a", "sx-online", 1), accepted("sx-ab", "sx-a", "sx-b", 2),
                accepted("sx-ba", "sx-b", "sx-a", 1), accepted("sx-ghost", "sx-a", "sx-nobody", 1));
        Schedule schedule = make(event, who, requests, List.of());
        assertThat(scheduled(schedule)).containsExactly("sx-ab");
        assertThat(schedule.exclusions()).extracting(Exclusion::requestId, Exclusion::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sx-ba", Exclusion.Reason.DUPLICATE_PAIR),
                org.assertj.core.groups.Tuple.tuple("sx-ghost", Exclusion.Reason.UNKNOWN_PARTICIPANT),
                org.assertj.core.groups.Tuple.tuple("sx-kind", Exclusion.Reason.NO_TABLE_OF_KIND),
                org.assertj.core.groups.Tuple.tuple("sx-lang", Exclusion.Reason.NO_INTERPRETER_AT_EVENT));
        assertThat(exclusion(schedule, "sx-ba").message()).isEqualTo("the pair already meets through request sx-ab");
    }

    @Test
    void schedulesAMustMeetPairBeforeAHeavierRequest() {
        Event event = event("sch-must", 1, List.of(onsite("t1")));
        List<Participant> who = List.of(english("su-a", 1, 0), english("su-b", 1, 0), english("su-c", 1, 0),
                english("su-d", 1, 0));
        List<MeetingRequest> requests = List.of(
                new MeetingRequest("su-must", "su-a", "su-b", 1, true, RequestState.ACCEPTED),
                accepted("su-heavy", "su-c", "su-d", 5));
        Schedule schedule = make(event, who, requests, List.of());
        assertThat(scheduled(schedule)).containsExactly("su-must");
        assertThat(schedule.weight()).isEqualTo(1);
    }

    @Test
    void keepsALockedMeetingAtItsSlotAndTableWhenTheScheduleIsMadeAgain() {
        Event event = event("sch-lock", 3, List.of(onsite("t1"), onsite("t2")));
        List<Participant> who = List.of(english("sk-a", 3, 0, 1, 2), english("sk-b", 3, 0, 1, 2),
                english("sk-c", 3, 0, 1, 2));
        List<MeetingRequest> before = List.of(accepted("sk-ab", "sk-a", "sk-b", 1));
        Lock lock = new Lock("sk-b", "sk-a", 2, "t2");
        Schedule locked = make(event, who, before, List.of(lock));
        assertThat(locked.meetings()).containsExactly(new Meeting("sk-ab", "sk-a", "sk-b", 2, "t2", null, 1, false,
                true));

        // New requests that would all like slot 2 and table t2 come in; the schedule is made again.
        List<MeetingRequest> after = List.of(before.get(0), accepted("sk-ac", "sk-a", "sk-c", 9),
                accepted("sk-bc", "sk-b", "sk-c", 9));
        Schedule again = make(event, who, after, List.of(lock));
        assertThat(again.meetings()).contains(new Meeting("sk-ab", "sk-a", "sk-b", 2, "t2", null, 1, false, true));
        assertThat(scheduled(again)).containsExactlyInAnyOrder("sk-ab", "sk-ac", "sk-bc");
    }

    @Test
    void keepsEveryLockOfALargerEventWhenRegeneratingWithAnotherSeed() {
        RandomDockingEvent e = RandomDockingEvent.generate("sch-relock",
                RandomDockingEvent.Shape.benchmark(60, 200), 11);
        Schedule first = make(e.event(), e.participants(), e.requests(), List.of());
        List<Lock> locks = first.meetings().stream().filter(m -> m.weight() == 1).limit(10).map(Meeting::toLock)
                .toList();
        assertThat(locks).hasSize(10);
        Schedule again = new Scheduler(SchedulerSettings.moves(2000, 99)).make(e.event(), e.participants(),
                e.requests(), locks);
        ScheduleChecker.check(e.event(), e.participants(), e.requests(), locks, again);
        for (Lock lock : locks) {
            assertThat(again.meetings()).anyMatch(m -> m.toLock().equals(lock) && m.locked());
        }
    }

    @Test
    void refusesLocksThatPutAParticipantInTwoPlacesAtOnce() {
        Event event = event("sch-badlock", 2, List.of(onsite("t1"), onsite("t2")));
        List<Participant> who = List.of(english("sb-a", 3, 0, 1), english("sb-b", 3, 0, 1), english("sb-c", 3, 0, 1));
        List<MeetingRequest> requests = List.of(accepted("sb-ab", "sb-a", "sb-b", 1),
                accepted("sb-ac", "sb-a", "sb-c", 1));
        assertThatThrownBy(() -> SCHEDULER.make(event, who, requests,
                List.of(new Lock("sb-a", "sb-b", 0, "t1"), new Lock("sb-a", "sb-c", 0, "t2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conflicts with another lock");
    }

    @Test
    void makesTheSameScheduleForTheSameSeedAndMoveLimit() {
        RandomDockingEvent e = RandomDockingEvent.generate("sch-seed", RandomDockingEvent.Shape.benchmark(40, 120), 3);
        Schedule one = new Scheduler(SchedulerSettings.moves(3000, 5)).make(e.event(), e.participants(),
                e.requests(), List.of());
        Schedule two = new Scheduler(SchedulerSettings.moves(3000, 5)).make(e.event(), e.participants(),
                e.requests(), List.of());
        assertThat(two.meetings()).isEqualTo(one.meetings());
        assertThat(two.exclusions()).isEqualTo(one.exclusions());
    }
}
