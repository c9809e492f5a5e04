package org.loungehub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"click\")", "=1+1", "+972501234567", "-2+3", "@SUM(A1:A2)",
            "\tleading tab", "\rleading return", "＝1+1"})
    void neutralizesCellsASpreadsheetWouldReadAsFormulas(String value) {
        String cell = Csv.cell(value);
        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        assertThat(unquoted).isEqualTo("'" + value);
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(Csv.cell("毫米波雷达 养老")).isEqualTo("毫米波雷达 养老");
        assertThat(Csv.cell("רדאר")).isEqualTo("רדאר");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("")).isEmpty();
    }

    @Test
    void quotesDelimitersQuotesAndLineBreaks() {
        assertThat(Csv.cell("Radar, sensors")).isEqualTo("\"Radar, sensors\"");
        assertThat(Csv.cell("the \"best\" radar")).isEqualTo("\"the \"\"best\"\" radar\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("=A1,\"x\"")).isEqualTo("\"'=A1,\"\"x\"\"\"");
    }

    @Test
    void joinsListsAndEndsRowsWithCrlf() {
        assertThat(Csv.cell(List.of("radar", "elderly care"))).isEqualTo("radar; elderly care");
        assertThat(Csv.row(Arrays.asList("a", null, "b,c"))).isEqualTo("a,,\"b,c\"\r\n");
    }

    @Test
    void theFileStartsWithAUtf8ByteOrderMark() {
        assertThat(Csv.BOM).containsExactly(0xEF, 0xBB, 0xBF);
    }
}
