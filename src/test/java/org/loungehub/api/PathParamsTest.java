package org.loungehub.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathParamsTest {

    @Test
    void decodesPercentEncodingButKeepsPlusSignsAndPlainValues() {
        assertThat(PathParams.decode("IL%7Coryx%20vision")).isEqualTo("IL|oryx vision");
        assertThat(PathParams.decode("techmap-jobs:https%3A%2F%2Fjobs.example%2F1")).isEqualTo("techmap-jobs:https://jobs.example/1");
        assertThat(PathParams.decode("C++%20tools")).isEqualTo("C++ tools");
        assertThat(PathParams.decode("CSL-D0001")).isEqualTo("CSL-D0001");
    }
}
