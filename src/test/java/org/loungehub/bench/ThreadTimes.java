package org.loungehub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time and run-queue wait of a process's threads, per thread name (Linux /proc/PID/task/TID/schedstat: nanoseconds
 * on a CPU, nanoseconds runnable but waiting for one), to tell a thread slowed by sharing the CPUs from one slowed by
 * its own work. Empty where /proc is absent.
 */
record ThreadTimes(Map<String, double[]> byName) {

    static ThreadTimes of(long pid) {
        Map<String, double[]> byName = new HashMap<>();
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return new ThreadTimes(byName);
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            threads.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    String[] stat = Files.readString(task.resolve("schedstat")).trim().split("\\s+");
                    double[] times = byName.computeIfAbsent(name, k -> new double[2]);
                    times[0] += Long.parseLong(stat[0]) / 1e9;
                    times[1] += Long.parseLong(stat[1]) / 1e9;
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            return new ThreadTimes(byName);
        }
        return new ThreadTimes(byName);
    }

    /** Each thread name's times since the start (threads started meanwhile count from zero). */
    ThreadTimes since(ThreadTimes start) {
        Map<String, double[]> delta = new HashMap<>();
        byName.forEach((name, times) -> {
            double[] before = start.byName.getOrDefault(name, new double[2]);
            delta.put(name, new double[] {times[0] - before[0], times[1] - before[1]});
        });
        return new ThreadTimes(delta);
    }

    /** Seconds on a CPU of the threads whose names match. */
    double running(Predicate<String> names) {
        return byName.entrySet().stream().filter(e -> names.test(e.getKey())).mapToDouble(e -> e.getValue()[0]).sum();
    }

    /** Seconds runnable but waiting for a CPU, of the threads whose names match. */
    double waiting(Predicate<String> names) {
        return byName.entrySet().stream().filter(e -> names.test(e.getKey())).mapToDouble(e -> e.getValue()[1]).sum();
    }

    static boolean jitCompiler(String threadName) {
        return threadName.contains("CompilerThre");
    }

    /** The busiest thread names but those excluded, with their seconds on a CPU and waiting for one. */
    String busiest(int count, Predicate<String> excluded) {
        return byName.entrySet().stream().filter(e -> !excluded.test(e.getKey()))
                .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])).limit(count)
                .map(e -> String.format(Locale.ROOT, "%s %.1f/%.1f s", e.getKey(), e.getValue()[0], e.getValue()[1]))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    String describe(String who, Predicate<String> names) {
        return String.format(Locale.ROOT, "%s %.1f s on a CPU, %.1f s waiting for one", who, running(names), waiting(names));
    }
}
