package org.loungehub.docking;

/** A meeting staff fixed: the pair meets in this slot at this table whenever the schedule is made again. */
public record Lock(String first, String second, int slot, String tableId) {
}
