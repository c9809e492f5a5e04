package org.loungehub.intake.format;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loungehub.intake.format.Feeds.readAll;

class XlsxRecordReaderTest {

    private static byte[] workbook(int dataRows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("成果");
            Row header = sheet.createRow(0);
            String[] names = {"成果编号", "成果名称", "金额", "更新日期"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int r = 1; r <= dataRows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("CSL-D" + r);
                if (r != 2) {
                    row.createCell(1).setCellValue("智能制造成果 " + r);
                }
                row.createCell(2).setCellValue(1234567890123.0 + r);
                row.createCell(3).setCellValue(LocalDate.of(2024, 5, r % 28 + 1));
                row.getCell(3).setCellStyle(date);
            }
            workbook.createSheet("ignored").createRow(0).createCell(0).setCellValue("not read");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheFirstSheetWithItsFirstRowAsHeader() throws IOException {
        List<RawRecord> records = readAll(FeedFormat.XLSX, new ByteArrayInputStream(workbook(3)),
                ReaderOptions.defaults());

        assertThat(records).extracting(RawRecord::number).containsExactly(1L, 2L, 3L);
        assertThat(records.get(0).fields())
                .containsEntry("成果编号", "CSL-D1")
                .containsEntry("成果名称", "智能制造成果 1")
                .containsEntry("金额", "1234567890124")
                .containsEntry("更新日期", "2024-05-02");
        assertThat(records.get(1).fields()).containsEntry("成果名称", "");
    }

    @Test
    void readsBooleansFormulaResultsErrorsAndFormattedNumbersAsExcelShowsThem() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Sheet sheet = workbook.createSheet("offers");
            String[] names = {"flag", "sum", "label", "broken", "price", "at", "ratio"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellFormula("1+2");
            row.createCell(2).setCellFormula("\"A\"&\"B\"");
            row.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
            row.createCell(4).setCellValue(3.5);
            row.getCell(4).setCellStyle(twoDecimals);
            row.createCell(5).setCellValue(LocalDateTime.of(2024, 5, 2, 10, 30));
            row.getCell(5).setCellStyle(dateTime);
            row.createCell(6).setCellValue(0.125);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        List<RawRecord> records = readAll(FeedFormat.XLSX, new ByteArrayInputStream(xlsx), ReaderOptions.defaults());

        assertThat(records).hasSize(1);
        assertThat(records.get(0).fields()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "flag", "TRUE", "sum", "3", "label", "AB", "broken", "ERROR:#DIV/0!", "price", "3.50",
                "at", "2024-05-02T10:30", "ratio", "0.125"));
    }

    @Test
    void numbersRecordsByTheirRowBelowTheHeaderSkippingEmptyRowsAndRefusingValuesBeyondTheHeader() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("offers");
            sheet.createRow(0).createCell(0).setCellValue(" ");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue(" id ");
            header.createCell(2).setCellValue("name");
            sheet.createRow(2).createCell(0).setCellValue("a");
            sheet.createRow(3).createCell(1).setCellValue("");
            Row third = sheet.createRow(4);
            third.createCell(0).setCellValue("c");
            third.createCell(2).setCellValue("C");
            Row wide = sheet.createRow(5);
            wide.createCell(0).setCellValue("d");
            wide.createCell(3).setCellValue("too far");
            sheet.createRow(6).createCell(1).setCellValue("e");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        List<RawRecord> records = readAll(FeedFormat.XLSX, new ByteArrayInputStream(xlsx), ReaderOptions.defaults());

        assertThat(records).extracting(RawRecord::number).containsExactly(1L, 3L, 4L, 5L);
        assertThat(records.get(0).fields()).containsExactly(java.util.Map.entry("id", "a"),
                java.util.Map.entry("column B", ""), java.util.Map.entry("name", ""));
        assertThat(records.get(1).fields()).containsEntry("id", "c").containsEntry("name", "C");
        assertThat(records.get(2).error())
                .isEqualTo("row 4 (sheet row 6): a value in column D, beyond the header's 3 columns");
        assertThat(records.get(3).fields()).containsEntry("column B", "e").containsEntry("id", "");
    }

    @Test
    void refusesAHeaderThatNamesAColumnTwice() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row header = workbook.createSheet("offers").createRow(0);
            header.createCell(0).setCellValue("id");
            header.createCell(1).setCellValue("id ");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        assertThatThrownBy(() -> readAll(FeedFormat.XLSX, new ByteArrayInputStream(xlsx), ReaderOptions.defaults()))
                .isInstanceOf(MalformedFeedException.class)
                .hasMessage("the header row names column 'id' twice");
    }

    @Test
    void endsWithAnErrorRecordNamingTheRowWhereTheSheetBreaks() throws IOException {
        byte[] broken = rewriteEntries(workbook(5), name -> name.equals("xl/worksheets/sheet1.xml"),
                xml -> xml.replaceFirst("<row r=\"5\"", "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>1</v></c><oops"));

        List<RawRecord> records = readAll(FeedFormat.XLSX, new ByteArrayInputStream(broken), ReaderOptions.defaults());

        assertThat(records).extracting(RawRecord::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(records.subList(0, 3)).noneMatch(RawRecord::failed);
        assertThat(records.get(3).error()).startsWith("row 4: the sheet cannot be read further: ");
    }

    @Test
    void canBeClosedBeforeTheLastRowWithoutHanging() throws IOException {
        try (RecordReader reader = Feeds.READERS.open(new ByteArrayInputStream(workbook(600)), FeedFormat.XLSX)) {
            assertThat(reader.next().number()).isEqualTo(1);
        }
    }

    @Test
    void readsAWorkbookWhoseDistinctTextsDoNotFitInTheHeap(@TempDir Path dir) throws Exception {
        // 40,000 distinct 400-character Chinese descriptions: 32 MB as Java strings, in a 32 MB heap.
        int rows = 40_000;
        int length = 400;
        Path file = LargeWorkbook.write(dir.resolve("large.xlsx"), rows, length);

        Path temp = java.nio.file.Files.createDirectory(dir.resolve("tmp"));
        ProbeRun poi = probe("32m", dir, "poi", file.toString());
        ProbeRun hub = probe("32m", temp, "hub", file.toString(), String.valueOf(rows), String.valueOf(length));

        assertThat(poi.output()).as("the workbook is big enough: POI's in-memory table alone fails")
                .contains("OutOfMemoryError");
        assertThat(hub.exitCode()).as(hub.output()).isZero();
        assertThat(hub.output()).contains("records=" + rows);
        try (var left = java.nio.file.Files.walk(temp)) {
            assertThat(left.filter(java.nio.file.Files::isRegularFile)).as("temporary files left behind").isEmpty();
        }
    }

    private record ProbeRun(int exitCode, String output) {
    }

    private static ProbeRun probe(String heap, Path temp, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx" + heap, "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + temp,
                "-cp", System.getProperty("java.class.path"), XlsxHeapProbe.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new ProbeRun(process.waitFor(), output);
    }

    @Test
    void rejectsAPayloadThatIsNoWorkbook() {
        assertThatThrownBy(() -> readAll(FeedFormat.XLSX,
                new ByteArrayInputStream("<html>not a workbook</html>".getBytes()), ReaderOptions.defaults()))
                .isInstanceOf(MalformedFeedException.class)
                .hasMessageStartingWith("not an XLSX workbook");
    }

    /** A hostile workbook whose sheet and shared strings declare an external entity: nothing outside is read. */
    @Test
    void neverResolvesExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = java.nio.file.Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-XXE");
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] hostile = rewriteEntries(workbook(2), name -> name.equals("xl/worksheets/sheet1.xml")
                || name.equals("xl/sharedStrings.xml"), xml -> {
                    String edited = xml
                            .replaceFirst("\\?>", "?>" + doctype)
                            .replace("<c r=\"A2\" t=\"s\" s=\"0\"><v>4</v></c>", "<c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>")
                            .replace("智能制造成果 1", "&xxe;");
                    assertThat(edited).contains("<!DOCTYPE").contains("&xxe;");
                    return edited;
                });
        try {
            List<RawRecord> records = readAll(FeedFormat.XLSX, new ByteArrayInputStream(hostile), ReaderOptions.defaults());
            assertThat(records.toString()).doesNotContain("TOP-SECRET-XXE");
        } catch (MalformedFeedException refused) {
            assertThat(refused.getMessage()).doesNotContain("TOP-SECRET-XXE");
        }
    }

    private static byte[] rewriteEntries(byte[] xlsx, java.util.function.Predicate<String> which,
                                         java.util.function.UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (which.test(entry.getName())) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    String edited = edit.apply(xml);
                    assertThat(edited).as(entry.getName()).isNotEqualTo(xml);
                    content = edited.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
