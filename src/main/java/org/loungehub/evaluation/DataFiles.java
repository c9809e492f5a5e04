package org.loungehub.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import org.loungehub.intake.format.RawRecord;

/** Where the shared data sets are, and the message that says what to do when one is not there. */
final class DataFiles {

    private DataFiles() {
    }

    static Path require(Path data, String folder, String name) {
        Path file = data.resolve(folder).resolve(name);
        if (!Files.exists(file)) {
            throw new EvaluationException("No " + file.toAbsolutePath().normalize()
                    + ": pass --data <the folder of the shared data sets> (default ../shared/data)");
        }
        return file;
    }

    /** A CSV field, stripped; null when absent or blank. */
    static String field(RawRecord row, String name) {
        Object value = row.fields().get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
