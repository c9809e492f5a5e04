package org.loungehub.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

class CountryResolverTest {

    private static final CountryResolver COUNTRIES = new CountryResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
            "以色列=IL", "Israel=IL", "ישראל=IL", "IL=IL", "il=IL", "ISR=IL", "State of Israel=IL",
            "China=CN", "PRC=CN", "P.R.C.=CN", "People's Republic of China=CN", "中国=CN", "中华人民共和国=CN",
            "中國=CN", "סין=CN", "CHN=CN",
            "Hong Kong=HK", "香港=HK", "Hong Kong, China=HK", "Taiwan=TW", "臺灣=TW",
            "USA=US", "U.S.A.=US", "United States=US", "the United States=US", "美国=US", "ארצות הברית=US",
            "ארה\"ב=US", "UK=GB", "United Kingdom=GB", "英国=GB", "Germany=DE", "德国=DE", "Deutschland=DE",
            "גרמניה=DE", "South Korea=KR", "韩国=KR", "Singapore=SG", "新加坡=SG", "Japan=JP", "日本=JP",
            "India=IN", "Ｉｓｒａｅｌ=IL", "  israel  =IL"})
    void resolvesCodesAndNamesInEnglishChineseAndHebrew(String name, String code) {
        assertThat(COUNTRIES.resolve(name)).contains(code);
    }

    @Test
    void fallsBackToIsoCodesAndNamesOutsideTheTable() {
        assertThat(COUNTRIES.resolve("FJ")).contains("FJ");
        assertThat(COUNTRIES.resolve("Fiji")).contains("FJ");
    }

    @Test
    void doesNotKnowImaginaryCountries() {
        assertThat(COUNTRIES.resolve("Atlantis")).isEmpty();
        assertThat(COUNTRIES.resolve("")).isEmpty();
        assertThat(COUNTRIES.resolve(null)).isEmpty();
    }

    @Test
    void theTableCoversTheG20TheEuAndTheLoungesNeighbours() throws IOException {
        List<String> codes = new ClassPathResource("reference/countries.tsv").getContentAsString(StandardCharsets.UTF_8)
                .lines().skip(1).map(line -> line.split("\t")[0]).toList();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
        assertThat(codes).contains("AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU",
                "SA", "ZA", "TR", "GB", "US");
        assertThat(codes).contains("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "GR", "HU", "IE", "LV", "LT",
                "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
        assertThat(codes).contains("IL", "EG", "JO", "LB", "SY", "PS", "HK", "MO", "TW", "MN", "KZ", "VN", "SG");
        assertThat(Arrays.stream(Locale.getISOCountries()).toList()).containsAll(codes);
    }

    @Test
    void refusesATableThatGivesOneNameToTwoCountries() {
        String tsv = "code\ten\tzh\the\taliases\nIL\tIsrael\t以色列\tישראל\t\nCN\tChina\t中国\tסין\tIsrael\n";
        assertThatThrownBy(() -> new CountryResolver(tsv)).hasMessageContaining("Israel");
    }
}
