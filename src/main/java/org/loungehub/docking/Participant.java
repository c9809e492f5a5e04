package org.loungehub.docking;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An organization taking part in an event: the languages its delegates speak, the slots (by index) it is free in,
 * the most meetings it wants, and whether it joins online (its meetings are then held at online tables).
 */
public record Participant(String organizationId, Set<Language> languages, SortedSet<Integer> availableSlots,
                          int maxMeetings, boolean online) {

    public Participant {
        languages = Set.copyOf(languages);
        availableSlots = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(availableSlots));
        if (maxMeetings < 0) {
            throw new IllegalArgumentException("negative maximum for " + organizationId);
        }
    }
}
