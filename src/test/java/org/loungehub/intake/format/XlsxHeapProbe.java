package org.loungehub.intake.format;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;

/**
 * Run in a JVM with a small heap by XlsxRecordReaderTest: {@code hub FILE ROWS LENGTH} reads the workbook as the
 * hub does and checks the last row; {@code poi FILE} only loads its shared strings into POI's in-memory table.
 */
public final class XlsxHeapProbe {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("poi")) {
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                System.out.println("strings=" + new ReadOnlySharedStringsTable(workbook, false).getUniqueCount());
            }
            return;
        }
        int rows = Integer.parseInt(args[2]);
        int length = Integer.parseInt(args[3]);
        long read = 0;
        RawRecord last = null;
        try (RecordReader reader = new RecordReaders().open(Files.newInputStream(file), FeedFormat.XLSX)) {
            while (reader.hasNext()) {
                last = reader.next();
                read++;
            }
        }
        if (read != rows || !LargeWorkbook.text(rows, length).equals(last.fields().get("description"))
                || !String.valueOf(rows).equals(last.fields().get("id"))) {
            System.out.println("wrong: " + read + " records, last " + (last == null ? null : last.fields().get("id")));
            System.exit(3);
        }
        System.out.println("records=" + read);
    }
}
