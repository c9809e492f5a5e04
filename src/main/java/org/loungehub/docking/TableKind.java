package org.loungehub.docking;

/** Where a meeting is held: at a table or room in the venue, or online (a video room). */
public enum TableKind {
    ONSITE, ONLINE
}
