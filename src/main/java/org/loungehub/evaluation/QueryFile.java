package org.loungehub.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Hand-written queries on the classpath: one {@code label<TAB>query} a line; '#' starts a comment line. */
final class QueryFile {

    record Line(String label, String text) {
    }

    private QueryFile() {
    }

    static List<Line> read(String resource) {
        InputStream stream = QueryFile.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 1) {
                    throw new IllegalStateException(resource + ": expected label<TAB>query in '" + line + "'");
                }
                lines.add(new Line(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
