package org.loungehub.docking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class SlotPlanTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 5, 20, 9, 0);

    @Test
    void cutsTheDayIntoSlotsOfTheLengthAndSkipsTheBreaks() {
        SlotPlan plan = new SlotPlan(NINE, NINE.plusHours(3), Duration.ofMinutes(25),
                List.of(new SlotPlan.Break(NINE.plusMinutes(60), NINE.plusMinutes(90))));
        assertThat(plan.slots(0)).containsExactly(
                new Slot(0, NINE, NINE.plusMinutes(25)),
                new Slot(1, NINE.plusMinutes(25), NINE.plusMinutes(50)),
                new Slot(2, NINE.plusMinutes(90), NINE.plusMinutes(115)),
                new Slot(3, NINE.plusMinutes(115), NINE.plusMinutes(140)),
                new Slot(4, NINE.plusMinutes(140), NINE.plusMinutes(165)));
    }

    @Test
    void numbersASecondDayAfterTheFirst() {
        SlotPlan second = new SlotPlan(NINE.plusDays(1), NINE.plusDays(1).plusHours(1), Duration.ofMinutes(30),
                List.of());
        assertThat(second.slots(5)).extracting(Slot::index).containsExactly(5, 6);
    }
}
