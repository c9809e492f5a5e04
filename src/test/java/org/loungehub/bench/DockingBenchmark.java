package org.loungehub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.loungehub.docking.RandomDockingEvent;
import org.loungehub.docking.schedule.Exclusion;
import org.loungehub.docking.schedule.Schedule;
import org.loungehub.docking.schedule.Scheduler;
import org.loungehub.docking.schedule.SchedulerSettings;

/**
 * Docking schedule quality and time on a generated event (see {@link RandomDockingEvent.Shape#benchmark}): the
 * weight scheduled against the upper bound of the same run, the time, and the load average before and after (the
 * machine is shared, so the time says little without it). {@code ./mvnw -Pbench-docking verify}.
 */
public final class DockingBenchmark {

    private DockingBenchmark() {
    }

    public static void main(String[] args) {
        int participants = Integer.getInteger("docking.participants", 400);
        int requests = Integer.getInteger("docking.requests", 2000);
        int seconds = Integer.getInteger("docking.seconds", 15);
        long seed = Long.getLong("docking.seed", 1L);
        RandomDockingEvent generated = RandomDockingEvent.generate("bench",
                RandomDockingEvent.Shape.benchmark(participants, requests), seed);
        long needInterpreter = generated.requests().stream().filter(r -> {
            var a = generated.participants().stream().filter(p -> p.organizationId().equals(r.requester()))
                    .findFirst().orElseThrow();
            var b = generated.participants().stream().filter(p -> p.organizationId().equals(r.counterpart()))
                    .findFirst().orElseThrow();
            return a.languages().stream().noneMatch(b.languages()::contains);
        }).count();
        System.out.printf(Locale.ROOT, "docking benchmark: %d participants, %d accepted requests (%d need an"
                        + " interpreter), %d slots, %d tables, time limit %d s, seed %d%n",
                participants, requests, needInterpreter, generated.event().slots().size(),
                generated.event().tables().size(), seconds, seed);
        String loadBefore = loadAverage();
        SchedulerSettings settings = new SchedulerSettings(Duration.ofSeconds(seconds), null, null, seed);
        Schedule schedule = new Scheduler(settings).make(generated.event(), generated.participants(),
                generated.requests(), List.of());
        String loadAfter = loadAverage();
        Map<Exclusion.Reason, Long> reasons = schedule.exclusions().stream()
                .collect(Collectors.groupingBy(Exclusion::reason, TreeMap::new, Collectors.counting()));
        long available = generated.requests().stream().mapToLong(r -> r.weight()).sum();
        System.out.printf(Locale.ROOT, "meetings %d, weight %d of %d requested; upper bound %d (LP %.2f);"
                        + " ratio %.4f; time %.1f s%n",
                schedule.meetings().size(), schedule.weight(), available, schedule.bound().weight(),
                schedule.bound().relaxation(), schedule.ratio(), schedule.took().toMillis() / 1000.0);
        System.out.println("left out: " + reasons);
        System.out.println("load average before: " + loadBefore + "; after: " + loadAfter
                + " (" + Runtime.getRuntime().availableProcessors() + " cores)");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
