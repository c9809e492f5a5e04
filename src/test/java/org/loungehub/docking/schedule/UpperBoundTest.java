package org.loungehub.docking.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loungehub.docking.schedule.Events.accepted;
import static org.loungehub.docking.schedule.Events.english;
import static org.loungehub.docking.schedule.Events.event;
import static org.loungehub.docking.schedule.Events.speaking;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.loungehub.docking.Event;
import org.loungehub.docking.Interpreters;
import org.loungehub.docking.Language;
import org.loungehub.docking.LanguagePair;
import org.loungehub.docking.Lock;
import org.loungehub.docking.MeetingRequest;
import org.loungehub.docking.Participant;
import org.loungehub.docking.RandomDockingEvent;
import org.loungehub.docking.RandomDockingEvent.Shape;
import org.loungehub.docking.Table;
import org.loungehub.docking.TableKind;

class UpperBoundTest {

    private static Table onsite(String id) {
        return new Table(id, TableKind.ONSITE, 1);
    }

    private static Bound bound(Event event, List<Participant> who, List<MeetingRequest> requests, List<Lock> locks) {
        return UpperBound.of(event, Intake.of(event, who, requests, locks).demands());
    }

    /** The best weight of any schedule, by trying every slot (or none) for every demand. */
    private static long optimum(Event event, List<Demand> demands) {
        return best(event, demands, 0, new java.util.ArrayList<>());
    }

    private static long optimum(Event event, List<Participant> who, List<MeetingRequest> requests) {
        return optimum(event, Intake.of(event, who, requests, List.of()).demands());
    }

    private static long best(Event event, List<Demand> demands, int i, List<int[]> chosen) {
        if (i == demands.size()) {
            Occupancy occupancy = new Occupancy(event);
            long weight = 0;
            for (int[] c : chosen) {
                Demand d = demands.get(c[0]);
                if (!occupancy.fits(d, c[1])) {
                    return -1;
                }
                occupancy.place(d, c[1]);
                weight += d.weight();
            }
            return weight;
        }
        Demand d = demands.get(i);
        long best = d.locked() ? -1 : best(event, demands, i + 1, chosen);
        for (int slot : d.locked() ? List.of(d.lock().slot()) : d.slots()) {
            chosen.add(new int[] {i, slot});
            best = Math.max(best, best(event, demands, i + 1, chosen));
            chosen.remove(chosen.size() - 1);
        }
        return best;
    }

    @Test
    void isTheSeatsOfTheEventWhenTablesAreWhatIsScarce() {
        Event event = event("ub-seats", 1, List.of(onsite("t1")));
        List<Participant> who = List.of(english("ub1-a", 1, 0), english("ub1-b", 1, 0), english("ub1-c", 1, 0),
                english("ub1-d", 1, 0));
        List<MeetingRequest> requests = List.of(accepted("ub1-ab", "ub1-a", "ub1-b", 3),
                accepted("ub1-cd", "ub1-c", "ub1-d", 2));
        assertThat(bound(event, who, requests, List.of())).isEqualTo(new Bound(3, 3.0));
        assertThat(optimum(event, who, requests)).isEqualTo(3);
    }

    @Test
    void isTheHeaviestMeetingsAParticipantCanHaveUnderItsMaximumAndFreeSlots() {
        Event event = event("ub-star", 3, List.of(onsite("t1"), onsite("t2"), onsite("t3")));
        // ub2-a wants three meetings but is free in two slots: its two heaviest requests are the bound.
        List<Participant> who = List.of(english("ub2-a", 3, 0, 1), english("ub2-b", 3, 0, 1, 2),
                english("ub2-c", 3, 0, 1, 2), english("ub2-d", 3, 0, 1, 2));
        List<MeetingRequest> requests = List.of(accepted("ub2-ab", "ub2-a", "ub2-b", 1),
                accepted("ub2-ac", "ub2-a", "ub2-c", 2), accepted("ub2-ad", "ub2-a", "ub2-d", 4));
        assertThat(bound(event, who, requests, List.of()).weight()).isEqualTo(6);
        assertThat(optimum(event, who, requests)).isEqualTo(6);
    }

    @Test
    void capsMeetingsThatNeedAnInterpreterByTheInterpretersOfTheirSlots() {
        Event event = event("ub-interp", 2, List.of(onsite("t1"), onsite("t2"), onsite("t3")),
                new Interpreters(LanguagePair.of(Language.ZH, Language.EN), 1));
        List<Participant> who = List.of(speaking("ub3-z1", Set.of(Language.ZH), 2, 0, 1),
                speaking("ub3-z2", Set.of(Language.ZH), 2, 0, 1), english("ub3-e1", 2, 0, 1),
                english("ub3-e2", 2, 0, 1), english("ub3-e3", 1, 0, 1), english("ub3-e4", 1, 0, 1));
        // Four zh-en pairs of weight 5 and one interpreter per slot: two of them can meet.
        List<MeetingRequest> requests = List.of(accepted("ub3-1", "ub3-z1", "ub3-e1", 5),
                accepted("ub3-2", "ub3-z1", "ub3-e2", 5), accepted("ub3-3", "ub3-z2", "ub3-e1", 5),
                accepted("ub3-4", "ub3-z2", "ub3-e2", 5), accepted("ub3-ee", "ub3-e3", "ub3-e4", 1));
        assertThat(bound(event, who, requests, List.of()).weight()).isEqualTo(11);
        assertThat(optimum(event, who, requests)).isEqualTo(11);
    }

    @Test
    void exceedsTheOptimumWhenThreeMeetingsOfATriangleCannotLineUpInTwoSlots() {
        // Everyone can meet twice, so the relaxation takes all three meetings; two slots hold only two of them.
        Event event = event("ub-triangle", 2, List.of(onsite("t1"), onsite("t2")));
        List<Participant> who = List.of(english("ub4-a", 2, 0, 1), english("ub4-b", 2, 0, 1),
                english("ub4-c", 2, 0, 1));
        List<MeetingRequest> requests = List.of(accepted("ub4-ab", "ub4-a", "ub4-b", 2),
                accepted("ub4-bc", "ub4-b", "ub4-c", 2), accepted("ub4-ca", "ub4-c", "ub4-a", 2));
        assertThat(bound(event, who, requests, List.of()).weight()).isEqualTo(6);
        assertThat(optimum(event, who, requests)).isEqualTo(4);
    }

    @Test
    void countsLockedMeetingsEvenWhenLighterThanTheRest() {
        Event event = event("ub-lock", 1, List.of(onsite("t1")));
        List<Participant> who = List.of(english("ub5-a", 1, 0), english("ub5-b", 1, 0), english("ub5-c", 1, 0),
                english("ub5-d", 1, 0));
        List<MeetingRequest> requests = List.of(accepted("ub5-ab", "ub5-a", "ub5-b", 1),
                accepted("ub5-cd", "ub5-c", "ub5-d", 7));
        assertThat(bound(event, who, requests, List.of(new Lock("ub5-a", "ub5-b", 0, "t1"))).weight()).isEqualTo(1);
    }

    @Test
    void isAtLeastTheOptimumOnRandomTinyEventsAndTheSchedulerReachesThatOptimum() {
        Random random = new Random(515L);
        int tight = 0;
        for (int i = 0; i < 25; i++) {
            Shape shape = new Shape(4 + random.nextInt(4), 3 + random.nextInt(5), 2 + random.nextInt(2),
                    1 + random.nextInt(2), 0, random.nextInt(2), random.nextInt(2), random.nextInt(2), 1,
                    1 + random.nextInt(2), 0.4, 0.0, 0.0);
            RandomDockingEvent e = RandomDockingEvent.generate("ub-rand" + i, shape, random.nextLong());
            List<Demand> demands = Intake.of(e.event(), e.participants(), e.requests(), List.of()).demands();
            long optimum = optimum(e.event(), demands);
            Bound bound = UpperBound.of(e.event(), demands);
            assertThat(bound.weight()).as("bound of event %d", i).isGreaterThanOrEqualTo(optimum);
            tight += bound.weight() == optimum ? 1 : 0;
            Schedule schedule = new Scheduler(SchedulerSettings.moves(2000, i)).make(e.event(), e.participants(),
                    e.requests(), List.of());
            assertThat(schedule.weight()).as("schedule of event %d", i).isEqualTo(optimum);
        }
        assertThat(tight).as("events where the bound is the optimum").isGreaterThanOrEqualTo(15);
    }
}
