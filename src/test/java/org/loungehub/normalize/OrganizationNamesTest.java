package org.loungehub.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationNamesTest {

    private final OrganizationNames names = new OrganizationNames();

    @Test
    void ignoresCasePunctuationAndEnglishLegalForms() {
        assertThat(names.normalize("Qingdao Haier Co., Ltd.")).isEqualTo("qingdao haier")
                .isEqualTo(names.normalize("QINGDAO HAIER CO LTD"));
        assertThat(names.normalize("Acme Corporation")).isEqualTo(names.normalize("ACME Inc."))
                .isEqualTo(names.normalize("Acme, LLC"));
        assertThat(names.normalize("Siemens AG")).isEqualTo("siemens");
        assertThat(names.normalize("Philips B.V.")).isEqualTo("philips");
        assertThat(names.normalize("Grab Holdings Pte. Ltd.")).isEqualTo("grab holdings");
    }

    @Test
    void foldsTraditionalChineseAndChineseLegalForms() {
        assertThat(names.normalize("青岛海尔股份有限公司")).isEqualTo("青岛海尔")
                .isEqualTo(names.normalize("青島海爾股份有限公司"));
        assertThat(names.normalize("青岛海尔（集团）有限公司")).isEqualTo("青岛海尔");
        assertThat(names.normalize("华为技术有限责任公司")).isEqualTo("华为技术");
    }

    @Test
    void removesTheHebrewLegalFormInAnySpelling() {
        assertThat(names.normalize("Mobileye Ltd")).isEqualTo("mobileye")
                .isEqualTo(names.normalize("Mobileye בע\"מ"))
                .isEqualTo(names.normalize("Mobileye בע''מ"))
                .isEqualTo(names.normalize("Mobileye בעמ"))
                .isEqualTo(names.normalize("Mobileye בע״מ"));
    }

    @Test
    void foldsFullWidthLettersAndCollapsesSpaces() {
        assertThat(names.normalize("ＴＥＶＡ   Pharmaceutical\tIndustries")).isEqualTo("teva pharmaceutical industries");
    }

    @Test
    void leavesTransliterationsAlone() {
        assertThat(names.normalize("海尔")).isNotEqualTo(names.normalize("Haier"));
    }

    @Test
    void keepsANameThatIsOnlyALegalForm() {
        assertThat(names.normalize("Company")).isEqualTo("company");
        assertThat(names.normalize("公司")).isEqualTo("公司");
    }

    @Test
    void keysAnOrganisationByCountryAndName() {
        assertThat(names.key("Mobileye Ltd", "IL")).isEqualTo("IL|mobileye");
        assertThat(names.key("Mobileye בע\"מ", "il")).isEqualTo("IL|mobileye");
        assertThat(names.key("Mobileye", null)).isEqualTo("ZZ|mobileye");
        assertThat(names.key("  ", "IL")).isNull();
        assertThat(names.key(null, "IL")).isNull();
    }
}
