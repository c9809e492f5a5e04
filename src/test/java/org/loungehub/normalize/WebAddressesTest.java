package org.loungehub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressesTest {

    private final WebAddresses web = new WebAddresses();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "www.mobileye.com|https://www.mobileye.com",
            "HTTP://Example.COM/About?x=1|http://example.com/About?x=1",
            "https://example.co.il:8443/path|https://example.co.il:8443/path",
            "haier.com.cn|https://haier.com.cn",
            "http://例子.中国/|http://例子.中国/"})
    void addsHttpsWhenTheSchemeIsMissing(String raw, String expected) {
        assertThat(web.website(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://example.com", "localhost", "http://", "https://exa mple.com"})
    void rejectsWhatIsNotAWebAddress(String raw) {
        assertThat(web.website(raw).problem()).contains("is not a web address").contains("https://example.com");
    }

    @Test
    void lowercasesEmailAddresses() {
        assertThat(web.email(" Info@Mobileye.COM ").value()).isEqualTo("info@mobileye.com");
        assertThat(web.email("mailto:a.b+c@haier.com.cn").value()).isEqualTo("a.b+c@haier.com.cn");
        assertThat(web.email("ｉｎｆｏ＠ｈａｉｅｒ.ｃｏｍ").value()).isEqualTo("info@haier.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"info@", "info.example.com", "a@b", "a b@example.com", "a@@example.com", ".a@example.com"})
    void rejectsMalformedEmailAddresses(String raw) {
        assertThat(web.email(raw).problem()).contains("is not an e-mail address");
    }
}
