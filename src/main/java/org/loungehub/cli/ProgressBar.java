package org.loungehub.cli;

import java.util.Locale;

/** One line of progress for a terminal: a bar when the total is known, counts always. */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private ProgressBar() {
    }

    /** @param total the expected number of records, or 0 when unknown */
    public static String render(long done, long total, long indexed, long unchanged, long rejected) {
        String counts = String.format(Locale.ROOT, "indexed %,d  unchanged %,d  rejected %,d", indexed, unchanged, rejected);
        if (total <= 0) {
            return String.format(Locale.ROOT, "%,d records  %s", done, counts);
        }
        long shown = Math.min(done, total);
        int filled = (int) (WIDTH * shown / total);
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %,d/~%,d records  %s", "#".repeat(filled), "-".repeat(WIDTH - filled),
                100 * shown / total, done, total, counts);
    }
}
