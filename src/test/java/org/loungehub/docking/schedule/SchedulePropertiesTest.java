package org.loungehub.docking.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.loungehub.docking.Lock;
import org.loungehub.docking.RandomDockingEvent;
import org.loungehub.docking.RandomDockingEvent.Shape;

/** The rules of a schedule hold on many random events, before and after staff lock meetings and regenerate. */
class SchedulePropertiesTest {

    private static final int EVENTS = 20;

    @Test
    void everyScheduleOfRandomEventsKeepsEveryRuleAndEveryLockSurvivesRegeneration() {
        Random random = new Random(20260520L);
        int locksKept = 0;
        for (int i = 0; i < EVENTS; i++) {
            Shape shape = new Shape(6 + random.nextInt(20), 8 + random.nextInt(40), 3 + random.nextInt(5),
                    random.nextInt(3), random.nextInt(2), random.nextInt(2), random.nextInt(3), random.nextInt(2),
                    1, 1 + random.nextInt(5), 0.3 + random.nextDouble() * 0.5, 0.1, 0.1);
            RandomDockingEvent e = RandomDockingEvent.generate("prop" + i, shape, random.nextLong());
            Schedule first = new Scheduler(SchedulerSettings.moves(3000, i))
                    .make(e.event(), e.participants(), e.requests(), List.of());
            ScheduleChecker.check(e.event(), e.participants(), e.requests(), List.of(), first);

            List<Lock> locks = new ArrayList<>();
            for (Meeting m : first.meetings()) {
                if (random.nextInt(3) == 0) {
                    locks.add(m.toLock());
                }
            }
            Schedule again = new Scheduler(SchedulerSettings.moves(3000, i + 1000L))
                    .make(e.event(), e.participants(), e.requests(), locks);
            ScheduleChecker.check(e.event(), e.participants(), e.requests(), locks, again);
            locksKept += locks.size();
        }
        assertThat(locksKept).as("the random events exercised locks").isGreaterThan(20);
    }
}
