package org.loungehub.intake;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The one lane through which batches are processed, and which an erasure takes for itself: while an erasure runs
 * no batch is half-processed, so every batch is either finished (and the erasure cleans it) or not yet started
 * (and intake screens it against the new erasure). Fair: a waiting erasure goes before the next batch.
 */
@Component
public class IntakeLane {

    private final ReentrantLock lock = new ReentrantLock(true);

    public <T> T exclusively(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
