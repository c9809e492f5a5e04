package org.loungehub.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class HubAnalyzersTest {

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    @Test
    void chineseSegmentsIntoWordsAndDropsPunctuation() throws IOException {
        List<String> tokens = tokens(HubAnalyzers.chinese(), "青岛以色列国际客厅为以色列科技创新企业提供展示、推介、路演");
        assertEquals(List.of("青岛", "以色列", "国际", "客厅", "以色列", "科技", "创新", "企业", "提供", "展示", "推介", "路", "演"), tokens);
    }

    @Test
    void chineseFoldsTraditionalAndFullWidthAndStemsLatinWords() throws IOException {
        assertEquals(tokens(HubAnalyzers.chinese(), "国际客厅"), tokens(HubAnalyzers.chinese(), "國際客廳"));
        assertEquals(List.of("ai", "radar", "monitor"), tokens(HubAnalyzers.chinese(), "ＡＩ Radar monitoring"));
    }

    @Test
    void bigramsRecoverUnknownWords() throws IOException {
        assertTrue(tokens(HubAnalyzers.cjkBigram(), "推介、路演活动").contains("路演"));
        assertEquals(List.of("毫米", "米波", "波雷", "雷达"), tokens(HubAnalyzers.cjkBigram(), "毫米波雷達"));
    }

    @Test
    void englishStemsAndDropsStopWords() throws IOException {
        assertEquals(List.of("elderli", "care", "health", "monitor"), tokens(HubAnalyzers.english(), "The elderly-care health monitoring"));
        assertEquals(tokens(HubAnalyzers.english(), "monitors"), tokens(HubAnalyzers.english(), "monitoring"));
        assertEquals(List.of("compani"), tokens(HubAnalyzers.english(), "company's"));
    }

    @Test
    void foldingKeepsWordsWholeAndFoldsAccentsButNotHebrew() throws IOException {
        assertEquals(List.of("cafe", "munchen"), tokens(HubAnalyzers.folding(), "Café München"));
        assertEquals(List.of("תל", "אביב"), tokens(HubAnalyzers.folding(), "תל אביב"));
    }
}
