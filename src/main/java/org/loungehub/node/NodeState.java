package org.loungehub.node;

/** What the managed node is doing, as health and logs report it. */
public enum NodeState {
    STOPPED, STARTING, RUNNING, RESTARTING, FAILED
}
