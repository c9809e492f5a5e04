package org.loungehub.docking;

/** A table or room; {@code capacity} is how many meetings it holds at once. */
public record Table(String id, TableKind kind, int capacity) {

    public Table {
        if (capacity < 1) {
            throw new IllegalArgumentException("table " + id + " holds no meeting: capacity " + capacity);
        }
    }
}
