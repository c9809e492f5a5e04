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
 * per row, kept in the shared-strings table as Excel does), then as many further text columns as asked for
 * (text 3, text 4, ...; every cell a distinct string).
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

    /** The text of a further column (2 and up): distinct across rows and columns. */
    static String text(int row, int column, int length) {
        if (column == 1) {
            return text(row, length);
        }
        SplittableRandom random = new SplittableRandom(row * 64L + column);
        StringBuilder text = new StringBuilder(length).append(row).append('-').append(column).append(' ');
        while (text.length() < length) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return text.toString();
    }

    static Path write(Path file, int rows, int textLength) throws IOException {
        return write(file, rows, textLength, 1);
    }

    /** {@code textColumns} text columns after the id: description, text 3, text 4, ... */
    static Path write(Path file, int rows, int textLength, int textColumns) throws IOException {
        if (textColumns < 1 || textColumns > 25) {
            throw new IllegalArgumentException("1 to 25 text columns (A..Z with the id)");
        }
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
            long unique = (long) rows * textColumns + textColumns + 1;
            strings.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\"" + unique
                    + "\" uniqueCount=\"" + unique + "\"><si><t>id</t></si><si><t>description</t></si>");
            for (int column = 2; column <= textColumns; column++) {
                strings.write("<si><t>text " + (column + 1) + "</t></si>");
            }
            for (int row = 1; row <= rows; row++) {
                for (int column = 1; column <= textColumns; column++) {
                    strings.write("<si><t>" + text(row, column, textLength) + "</t></si>");
                }
            }
            strings.write("</sst>");
            strings.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SHEET));
            Writer sheet = writer(zip);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">");
            for (int column = 0; column <= textColumns; column++) {
                sheet.write("<c r=\"" + ref(column, 1) + "\" t=\"s\"><v>" + column + "</v></c>");
            }
            sheet.write("</row>");
            for (int row = 1; row <= rows; row++) {
                int r = row + 1;
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + row + "</v></c>");
                for (int column = 1; column <= textColumns; column++) {
                    long index = textColumns + 1 + (long) (row - 1) * textColumns + (column - 1);
                    sheet.write("<c r=\"" + ref(column, r) + "\" t=\"s\"><v>" + index + "</v></c>");
                }
                sheet.write("</row>");
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        return file;
    }

    /** A1-style reference; the columns stay within A..Z. */
    private static String ref(int column, int row) {
        return (char) ('A' + column) + String.valueOf(row);
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
