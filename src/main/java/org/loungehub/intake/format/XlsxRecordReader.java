package org.loungehub.intake.format;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The first sheet of a workbook, first non-empty row as header. A zip cannot be read from a stream front to
 * back (its directory is at the end), so the payload is spooled to a temporary file; the sheet itself is then
 * parsed with POI's SAX handler on a helper thread that hands rows over through a small bounded queue, so a
 * million-row sheet is never held in memory, and neither are its distinct texts (see SpooledSharedStrings).
 * Cells come as Excel displays them, except dates (ISO-8601) and numbers in the General format (plain digits,
 * never 1.2E+12).
 */
final class XlsxRecordReader extends AbstractRecordReader {

    private static final Object END = new Object();

    private final Path file;
    private final OPCPackage workbook;
    private final SpooledSharedStrings strings;
    private final BlockingQueue<Object> rows = new ArrayBlockingQueue<>(256);
    private final Thread parser;
    private volatile boolean closed;

    XlsxRecordReader(InputStream in) throws IOException {
        this.file = Files.createTempFile("lounge-hub-feed-", ".xlsx");
        InputStream sheet;
        StylesTable styles;
        SpooledSharedStrings texts = null;
        OPCPackage opened = null;
        try (in) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(opened);
            texts = SpooledSharedStrings.of(opened);
            styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new MalformedFeedException("the workbook has no sheet");
            }
            sheet = sheets.next();
        } catch (MalformedFeedException | IOException e) {
            discard(opened, texts);
            throw e;
        } catch (Exception e) {
            // POI reports a non-zip, an old .xls or a corrupt workbook through many exception types.
            discard(opened, texts);
            throw new MalformedFeedException("not an XLSX workbook: " + e.getMessage(), e);
        }
        this.workbook = opened;
        this.strings = texts;
        this.parser = new Thread(() -> parse(sheet, styles), "xlsx-feed-reader");
        parser.setDaemon(true);
        parser.start();
    }

    @Override
    protected RawRecord readNext() throws IOException {
        Object item;
        try {
            item = rows.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the sheet", e);
        }
        if (item == END) {
            return null;
        }
        if (item instanceof MalformedFeedException e) {
            throw e;
        }
        if (item instanceof RawRecord record) {
            return record;
        }
        throw new UncheckedIOException(new IOException("the sheet cannot be read", (Throwable) item));
    }

    private void parse(InputStream sheet, StylesTable styles) {
        Rows handler = new Rows();
        try (sheet) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, handler, new FeedFormatter(), false));
            xml.parse(new InputSource(sheet));
            hand(END);
        } catch (Throwable e) {
            if (!closed) {
                report(e, handler);
            }
        }
    }

    private void report(Throwable failure, Rows handler) {
        try {
            MalformedFeedException malformed = malformedCause(failure);
            if (malformed != null) {
                hand(malformed);
            } else if (handler.header == null) {
                hand(new MalformedFeedException("the workbook's first sheet cannot be read: " + failure.getMessage(),
                        failure));
            } else {
                long number = handler.lastNumber + 1;
                hand(RawRecord.failed(number, "row " + number + ": the sheet cannot be read further: "
                        + failure.getMessage()));
            }
            hand(END);
        } catch (RuntimeException closedMeanwhile) {
            // The consumer went away; nobody is left to tell.
        }
    }

    private static MalformedFeedException malformedCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t instanceof SAXException sax && sax.getException() != null
                ? sax.getException() : t.getCause()) {
            if (t instanceof MalformedFeedException m) {
                return m;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** Blocks while the consumer is behind; gives up (by exception, to stop the SAX parse) once closed. */
    private void hand(Object item) {
        try {
            while (!rows.offer(item, 200, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new IllegalStateException("reader closed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reader closed", e);
        }
    }

    /** Turns SAX row events into records: the first non-empty row names the columns. */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private List<String> header;
        private int headerRow;
        private long lastNumber;
        private final TreeMap<Integer, String> cells = new TreeMap<>();
        private int nextColumn;

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (value != null && !value.isBlank()) {
                cells.put(column, value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.isEmpty()) {
                return;
            }
            if (header == null) {
                header = headerOf(cells);
                headerRow = rowNum;
                return;
            }
            long number = rowNum - headerRow;
            lastNumber = number;
            int beyond = cells.lastKey();
            if (beyond >= header.size()) {
                hand(RawRecord.failed(number, "row " + number + " (sheet row " + (rowNum + 1) + "): a value in column "
                        + CellReference.convertNumToColString(beyond) + ", beyond the header's " + header.size()
                        + " columns"));
                return;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                fields.put(header.get(i), cells.getOrDefault(i, ""));
            }
            hand(RawRecord.of(number, fields));
        }

        private List<String> headerOf(TreeMap<Integer, String> row) {
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i <= row.lastKey(); i++) {
                String name = row.getOrDefault(i, "").strip();
                if (name.isEmpty()) {
                    name = "column " + CellReference.convertNumToColString(i);
                }
                if (!seen.add(name)) {
                    throw new MalformedFeedException("the header row names column '" + name + "' twice");
                }
                names.add(name);
            }
            return List.copyOf(names);
        }
    }

    /** Dates as ISO-8601 and General numbers as plain digits; everything else as Excel would display it. */
    static final class FeedFormatter extends DataFormatter {

        FeedFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904, true);
                return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().toString() : time.toString();
            }
            if (formatIndex == 0 || "General".equalsIgnoreCase(formatString)) {
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    private void discard(OPCPackage opened, SpooledSharedStrings texts) throws IOException {
        try {
            if (texts != null) {
                texts.close();
            }
        } finally {
            if (opened != null) {
                opened.revert();
            }
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        parser.interrupt();
        rows.clear();
        try {
            parser.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        discard(workbook, strings);
    }
}
