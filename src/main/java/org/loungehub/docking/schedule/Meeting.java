package org.loungehub.docking.schedule;

import org.loungehub.docking.LanguagePair;
import org.loungehub.docking.Lock;

/** A scheduled meeting; {@code interpreter} is null when the two sides share a language. */
public record Meeting(String requestId, String first, String second, int slot, String tableId,
                      LanguagePair interpreter, int weight, boolean mustMeet, boolean locked) {

    /** The lock that keeps this meeting where it is when the schedule is made again. */
    public Lock toLock() {
        return new Lock(first, second, slot, tableId);
    }
}
