package org.loungehub.index;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Applies templates and aliases once Elasticsearch is reachable (after the local node, before the routes). */
@Component
class IndexBootstrap implements SmartLifecycle {

    private final IndexManager manager;
    private volatile boolean running;

    IndexBootstrap(IndexManager manager) {
        this.manager = manager;
    }

    @Override
    public void start() {
        manager.applyAll();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 2000;
    }
}
