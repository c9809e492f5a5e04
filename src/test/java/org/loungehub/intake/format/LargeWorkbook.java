package org.loungehub.intake.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook too big to build with POI in a test: POI makes the package skeleton, the sheet and its
 * shared-strings table are streamed into the zip. Columns: id (a number), description (a distinct Chinese text
 * per row, kept in the shared-strings table as Excel does).
 */
final class LargeWorkbook {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private LargeWorkbook() {
    }

    /** The description of a row: the same for the same row and length, different for any two rows. */
    static String text(int row, int length) {
        SplittableRandom random = new SplittableRandom(row);
        StringBuilder text = new StringBuilder(length).append(row).append(' ');
        while (text.length() < length) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return text.toString();
    }

    static Path write(Path file, int rows, int textLength) throws IOException {
        byte[] skeleton = skeleton();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(SHEET) || entry.getName().equals(STRINGS)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(STRINGS));
            Writer strings = writer(zip);
            strings.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\"" + (rows + 2)
                    + "\" uniqueCount=\"" + (rows + 2) + "\"><si><t>id</t></si><si><t>description</t></si>");
            for (int row = 1; row <= rows; row++) {
                strings.write("<si><t>" + text(row, textLength) + "</t></si>");
            }
            strings.write("</sst>");
            strings.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SHEET));
            Writer sheet = writer(zip);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>");
            for (int row = 1; row <= rows; row++) {
                int r = row + 1;
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + row + "</v></c><c r=\"B" + r
                        + "\" t=\"s\"><v>" + (row + 1) + "</v></c></row>");
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        return file;
    }

    /** Flushed, never closed: closing would close the zip. */
    private static Writer writer(OutputStream zip) {
        return new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    }

    /** A one-sheet workbook with a shared string, so that the package declares the parts written above. */
    private static byte[] skeleton() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("listings").createRow(0).createCell(0).setCellValue("id");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
