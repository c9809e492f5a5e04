package org.loungehub.concept;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one concept file: UTF-8 TSV with the header {@code id broader zh en he}, {@code |} between labels, blank
 * lines and lines starting with {@code #} ignored. Problems are collected, not thrown, so that one run reports
 * every mistake in every file.
 */
final class ConceptFile {

    static final String HEADER = "id\tbroader\tzh\ten\the";

    private ConceptFile() {
    }

    static List<ConceptRow> parse(String name, String content, List<String> problems) {
        List<ConceptRow> rows = new ArrayList<>();
        String[] lines = content.replace("\uFEFF", "").split("\r?\n");
        if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
            problems.add(name + ": the first line must be the header \"" + HEADER.replace("\t", "<tab>") + "\"");
            return rows;
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String origin = name + ":" + (i + 1);
            String[] cells = line.split("\t", -1);
            if (cells.length < 4 || cells.length > 5) {
                problems.add(origin + ": " + cells.length + " columns where id, broader, zh, en and he are expected");
                continue;
            }
            rows.add(new ConceptRow(cells[0].strip(), split(cells[1]), split(cells[2]), split(cells[3]),
                    cells.length == 5 ? split(cells[4]) : List.of(), origin));
        }
        return rows;
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
