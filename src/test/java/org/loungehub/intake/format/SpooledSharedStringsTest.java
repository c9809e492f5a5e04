package org.loungehub.intake.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;

class SpooledSharedStringsTest {

    private static final String TABLE = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="7">
              <si><t>成果编号</t></si>
              <si><t xml:space="preserve">  padded  </t></si>
              <si><r><rPr><b/></rPr><t>rich </t></r><r><t>text</t></r></si>
              <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
              <si><t/></si>
              <si><t>line_x000D_break &amp; &lt;tags&gt; 🚀 עברית</t></si>
              <si><t>last</t></si>
            </sst>
            """;

    private static List<String> poi(String xml) throws Exception {
        ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), false);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < table.getUniqueCount(); i++) {
            strings.add(table.getItemAt(i).getString());
        }
        return strings;
    }

    @Test
    void readsTheSameTextsAsPoisInMemoryTable() throws Exception {
        try (SpooledSharedStrings spooled = SpooledSharedStrings.read(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)))) {
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < spooled.size(); i++) {
                strings.add(spooled.getItemAt(i).getString());
            }
            assertThat(strings).containsExactlyElementsOf(poi(TABLE));
            assertThat(strings.get(3)).isEqualTo("東京");
            assertThat(spooled.getCount()).isEqualTo(9);
            assertThat(spooled.getUniqueCount()).isEqualTo(7);
            // A second read of the same index (from the cache or the file) gives the same text.
            assertThat(spooled.getItemAt(5).getString()).isEqualTo(strings.get(5));
        }
    }

    @Test
    void refusesAnIndexPastTheTable() throws Exception {
        try (SpooledSharedStrings spooled = SpooledSharedStrings.read(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)))) {
            assertThatThrownBy(() -> spooled.getItemAt(7)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void deletesItsFileWhenClosed() throws Exception {
        SpooledSharedStrings spooled = SpooledSharedStrings.read(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)));
        assertThat(spooled.file()).exists();
        spooled.close();
        assertThat(spooled.file()).doesNotExist();
    }

    @Test
    void readsNoTableAsEmpty() throws Exception {
        try (SpooledSharedStrings spooled = SpooledSharedStrings.read(null)) {
            assertThat(spooled.size()).isZero();
        }
    }
}
