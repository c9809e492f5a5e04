package org.loungehub.intake.format;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared-strings table kept in a temporary file rather than on the heap: a sheet of a million
 * distinct descriptions would otherwise hold them all in memory (POI's ReadOnlySharedStringsTable does) while the
 * rows stream. The heap holds one offset per string and a small cache of short strings, which sheets repeat
 * (countries, categories). The text read is POI's: the &lt;t&gt; runs of each &lt;si&gt;, without phonetic runs.
 */
final class SpooledSharedStrings extends DefaultHandler implements SharedStrings, Closeable {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final int CACHED = 4096;
    private static final int CACHED_MAX_CHARS = 128;

    private final Path file;
    private final OutputStream out;
    private FileChannel channel;
    private long[] offsets = new long[1024];
    private int size;
    private long written;
    private int count;
    private int uniqueCount;
    private final StringBuilder text = new StringBuilder(64);
    private boolean inT;
    private boolean inPhonetic;
    private final Map<Integer, String> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
            return size() > CACHED;
        }
    };

    private SpooledSharedStrings(Path file) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), 64 * 1024);
    }

    /** The workbook's table (empty when it has none), spooled to a temporary file that {@link #close()} deletes. */
    static SpooledSharedStrings of(OPCPackage workbook) throws IOException, SAXException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        try (InputStream in = parts.isEmpty() ? null : parts.get(0).getInputStream()) {
            return read(in);
        }
    }

    /** Reads a sharedStrings.xml part; null reads as an empty table. */
    static SpooledSharedStrings read(InputStream in) throws IOException, SAXException {
        SpooledSharedStrings strings = new SpooledSharedStrings(Files.createTempFile("lounge-hub-strings-", ".txt"));
        try {
            if (in != null) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(strings);
                xml.parse(new InputSource(in));
            }
            strings.out.close();
            strings.channel = FileChannel.open(strings.file, StandardOpenOption.READ);
            return strings;
        } catch (IOException | SAXException | RuntimeException e) {
            strings.close();
            throw e;
        } catch (Exception e) {
            strings.close();
            throw new IOException("cannot read the shared strings", e);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        switch (localName) {
            case "sst" -> {
                count = intAttribute(attributes, "count");
                uniqueCount = intAttribute(attributes, "uniqueCount");
            }
            case "si" -> text.setLength(0);
            case "t" -> inT = true;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        switch (localName) {
            case "si" -> append(text.toString());
            case "t" -> inT = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inT && !inPhonetic) {
            text.append(ch, start, length);
        }
    }

    private void append(String string) throws SAXException {
        byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new SAXException(e);
        }
        if (size + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[size] = written;
        written += bytes.length;
        offsets[++size] = written;
    }

    private static int intAttribute(Attributes attributes, String name) {
        String value = attributes.getValue(name);
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(string(idx));
    }

    String string(int idx) {
        if (idx < 0 || idx >= size) {
            throw new IndexOutOfBoundsException("no shared string " + idx + " (the workbook has " + size + ")");
        }
        String cached = cache.get(idx);
        if (cached != null) {
            return cached;
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) (offsets[idx + 1] - offsets[idx]));
        try {
            for (long position = offsets[idx]; bytes.hasRemaining(); ) {
                int n = channel.read(bytes, position + bytes.position());
                if (n < 0) {
                    throw new IOException("the shared strings file ended early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shared string " + idx, e);
        }
        String string = new String(bytes.array(), StandardCharsets.UTF_8);
        if (string.length() <= CACHED_MAX_CHARS) {
            cache.put(idx, string);
        }
        return string;
    }

    Path file() {
        return file;
    }

    /** Strings read, whatever the table's header says. */
    int size() {
        return size;
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return uniqueCount;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
            if (channel != null) {
                channel.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
