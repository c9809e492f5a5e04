package org.loungehub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressBarTest {

    @Test
    void showsABarAndPercentWhenTheTotalIsKnown() {
        assertThat(ProgressBar.render(500, 1000, 490, 5, 5))
                .startsWith("[###############---------------]  50%")
                .contains("500/~1,000 records").contains("indexed 490").contains("rejected 5");
    }

    @Test
    void showsCountsOnlyWhenTheTotalIsUnknownAndNeverOverflowsTheBar() {
        assertThat(ProgressBar.render(1234, 0, 1200, 0, 34)).startsWith("1,234 records").doesNotContain("[");
        assertThat(ProgressBar.render(1100, 1000, 1100, 0, 0)).startsWith("[" + "#".repeat(30) + "] 100%");
    }

    @Test
    void estimatesRecordsFromLinesForCsvAndNdjson(@TempDir Path dir) throws Exception {
        assertThat(ImportCommand.estimateRecords(Files.writeString(dir.resolve("a.csv"), "h1,h2\n1,2\n3,4"))).isEqualTo(2);
        assertThat(ImportCommand.estimateRecords(Files.writeString(dir.resolve("a.ndjson"), "{}\n{}\n{}\n"))).isEqualTo(3);
        assertThat(ImportCommand.estimateRecords(Files.writeString(dir.resolve("a.json"), "[{},{}]"))).isZero();
    }
}
