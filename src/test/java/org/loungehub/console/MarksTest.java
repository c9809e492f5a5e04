package org.loungehub.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarksTest {

    @Test
    void cutsAHighlightIntoPlainTextPiecesWithTheMatchesMarked() {
        assertThat(Marks.of("Millimeter-wave <em>radar</em> for <em>elderly</em> care")).containsExactly(
                new Marks.Piece("Millimeter-wave ", false), new Marks.Piece("radar", true),
                new Marks.Piece(" for ", false), new Marks.Piece("elderly", true), new Marks.Piece(" care", false));
    }

    @Test
    void turnsEscapedPartnerMarkupBackIntoTextForThePageToEscape() {
        assertThat(Marks.of("&lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2F;script&gt; <em>雷达</em>")).containsExactly(
                new Marks.Piece("<script>alert('x')</script> ", false), new Marks.Piece("雷达", true));
    }

    @Test
    void keepsAnUnclosedMarkAsText() {
        assertThat(Marks.of("a <em>b")).containsExactly(new Marks.Piece("a <em>b", false));
        assertThat(Marks.of(null)).isEmpty();
    }
}
