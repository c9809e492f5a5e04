package org.loungehub.docking;

/** Where a meeting request stands; only accepted requests are scheduled. */
public enum RequestState {
    REQUESTED, ACCEPTED, DECLINED, EXPIRED
}
