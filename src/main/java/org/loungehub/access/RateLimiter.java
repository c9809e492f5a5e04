package org.loungehub.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by caller: a full minute's allowance may be spent at once, then it refills evenly. Answers how long
 * to wait when the bucket is empty.
 */
final class RateLimiter {

    /** Buckets kept at most; beyond that the idle ones (full again) are dropped. */
    private static final int MAX_BUCKETS = 50_000;

    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Empty if the request may go ahead, else how long until it may. */
    Duration acquire(String who, int perMinute) {
        if (buckets.size() > MAX_BUCKETS) {
            long now = clock.millis();
            buckets.values().removeIf(b -> b.fullAt(now));
        }
        return buckets.computeIfAbsent(who, k -> new Bucket(perMinute, clock.millis())).take(perMinute, clock.millis());
    }

    /** Returns the request that {@link #acquire} just counted, when it turns out not to count (up to a full bucket). */
    void giveBack(String who, int perMinute) {
        Bucket bucket = buckets.get(who);
        if (bucket != null) {
            bucket.giveBack(perMinute);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(int perMinute, long now) {
            this.tokens = perMinute;
            this.updated = now;
        }

        synchronized Duration take(int perMinute, long now) {
            double perMilli = perMinute / 60_000.0;
            tokens = Math.min(perMinute, tokens + (now - updated) * perMilli);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofMillis((long) Math.ceil((1 - tokens) / perMilli));
        }

        synchronized void giveBack(int perMinute) {
            tokens = Math.min(perMinute, tokens + 1);
        }

        synchronized boolean fullAt(long now) {
            return now - updated > 60_000;
        }
    }
}
