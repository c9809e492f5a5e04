package org.loungehub.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU seconds spent by each party of a benchmark phase, so that a ratio can be explained: the Elasticsearch node
 * (its own process statistics), a process this benchmark started, and the whole machine (/proc/stat), whose
 * remainder is what other work on the machine took meanwhile.
 */
record CpuTime(double elasticsearch, double process, double machine) {

    /** Jiffies per second in /proc/stat (USER_HZ, 100 on Linux). */
    private static final double HZ = 100.0;

    static CpuTime now(ElasticsearchClient es, ProcessHandle process) throws IOException {
        long esMillis = es.nodes().stats(s -> s.nodeId("_local").metric("process")).nodes().values().iterator().next()
                .process().cpu().totalInMillis();
        double processSeconds = process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
        return new CpuTime(esMillis / 1e3, processSeconds, machineBusySeconds());
    }

    CpuTime since(CpuTime start) {
        return new CpuTime(elasticsearch - start.elasticsearch, process - start.process, machine - start.machine);
    }

    /** Busy CPU seconds of the whole machine so far (all cores): user, nice, system, irq, softirq, steal. */
    private static double machineBusySeconds() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(cpu[i]);
        }
        return busy / HZ;
    }
}
