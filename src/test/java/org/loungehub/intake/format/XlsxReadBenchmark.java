package org.loungehub.intake.format;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Time and peak heap of reading a large generated workbook the way the hub does (RecordReaders, XLSX), not a
 * test: {@code ROWS TEXT_COLUMNS TEXT_LENGTH RUNS} (defaults 100000 9 40 3, i.e. 100,000 rows of 10 columns,
 * 900,000 distinct shared strings). Each run reads every record and checks the last one; the peak is the sum of
 * the heap pools' peaks during the run (reset before it), so it includes garbage not yet collected: compare runs
 * with the same -Xmx and collector. For a bound rather than a peak, run it with a small -Xmx and see it pass. The
 * CPU time is the whole process's (any reader thread, the collector): on a busy machine it is steadier than the
 * wall time.
 * <pre>
 * ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -Xmx256m -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     org.loungehub.intake.format.XlsxReadBenchmark 100000 9 40 3
 * </pre>
 */
public final class XlsxReadBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int textColumns = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        int length = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path dir = Files.createTempDirectory("xlsx-bench-");
        Path file = LargeWorkbook.write(dir.resolve("large.xlsx"), rows, length, textColumns);
        try {
            System.out.printf(Locale.ROOT, "workbook: %,d rows x %d columns, %,d distinct strings of %d chars, %,d bytes;"
                            + " -Xmx%dm%n", rows, textColumns + 1, (long) rows * textColumns, length, Files.size(file),
                    Runtime.getRuntime().maxMemory() >> 20);
            List<Long> millis = new ArrayList<>();
            List<Long> cpus = new ArrayList<>();
            List<Long> peaks = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                System.gc();
                List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                long read = read(file, rows, textColumns, length);
                long took = (System.nanoTime() - start) / 1_000_000;
                long cpu = (cpuNanos() - cpuStart) / 1_000_000;
                long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
                millis.add(took);
                cpus.add(cpu);
                peaks.add(peak);
                System.out.printf(Locale.ROOT, "run %d: %,d records in %,d ms (CPU %,d ms), peak heap %d MB%n", run,
                        read, took, cpu, peak);
            }
            Collections.sort(millis);
            Collections.sort(cpus);
            Collections.sort(peaks);
            System.out.printf(Locale.ROOT, "median: %,d ms (CPU %,d ms), peak heap %d MB%n", millis.get(runs / 2),
                    cpus.get(runs / 2), peaks.get(runs / 2));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long read(Path file, int rows, int textColumns, int length) throws Exception {
        long read = 0;
        RawRecord last = null;
        try (RecordReader reader = new RecordReaders().open(Files.newInputStream(file), FeedFormat.XLSX)) {
            while (reader.hasNext()) {
                last = reader.next();
                read++;
            }
        }
        String lastColumn = textColumns == 1 ? "description" : "text " + (textColumns + 1);
        if (read != rows || last == null || last.failed()
                || !LargeWorkbook.text(rows, textColumns, length).equals(last.fields().get(lastColumn))) {
            throw new IllegalStateException("wrong: " + read + " records, last " + last);
        }
        return read;
    }
}
