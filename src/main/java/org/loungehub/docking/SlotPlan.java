package org.loungehub.docking;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a docking day is cut into slots: slots of {@code length} from {@code start} until {@code end}, none
 * overlapping a break (a slot that would overlap one starts when the break ends).
 */
public record SlotPlan(LocalDateTime start, LocalDateTime end, Duration length, List<Break> breaks) {

    public record Break(LocalDateTime start, LocalDateTime end) {
    }

    public SlotPlan {
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("slot length must be positive: " + length);
        }
        breaks = breaks.stream().sorted(Comparator.comparing(Break::start)).toList();
    }

    /** The slots of this plan, indexed from {@code firstIndex} (so several days can make one list). */
    public List<Slot> slots(int firstIndex) {
        List<Slot> slots = new ArrayList<>();
        LocalDateTime at = start;
        while (!at.plus(length).isAfter(end)) {
            LocalDateTime slotEnd = at.plus(length);
            Break overlapped = overlapped(at, slotEnd);
            if (overlapped != null) {
                at = overlapped.end();
                continue;
            }
            slots.add(new Slot(firstIndex + slots.size(), at, slotEnd));
            at = slotEnd;
        }
        return List.copyOf(slots);
    }

    private Break overlapped(LocalDateTime from, LocalDateTime to) {
        for (Break b : breaks) {
            if (b.start().isBefore(to) && b.end().isAfter(from)) {
                return b;
            }
        }
        return null;
    }
}
