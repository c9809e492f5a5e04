package org.loungehub.search;

/**
 * A CSV export: the file (UTF-8 with a byte order mark), how many listings it holds, how many matched, and whether
 * it stopped at the limit (then narrow the filters to get the rest).
 */
public record CsvExport(byte[] bytes, int rows, long total, int limit, boolean truncated) {
}
