package org.loungehub.docking;

import java.time.LocalDateTime;

/** One meeting slot of an event; {@code index} is its position in the event's slot list. */
public record Slot(int index, LocalDateTime start, LocalDateTime end) {
}
