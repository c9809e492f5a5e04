package org.loungehub.analysis;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The hub's analysis chains as plain Lucene analyzers, so that they can be unit tested without a node.
 * Every chain first folds full-width forms and Traditional Chinese, so that 國際 and 国际, ＡＩ and ai meet.
 */
public final class HubAnalyzers {

    /** Function words that carry no matching signal in either language. */
    static final CharArraySet STOP_WORDS = stopWords();

    private HubAnalyzers() {
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("的", "了", "和", "与", "及", "或", "为", "在", "是", "等", "对", "于", "将", "其", "之", "并", "由", "从", "把", "被"));
        return CharArraySet.unmodifiableSet(words);
    }

    static Reader fold(Reader reader) {
        return new SimplifiedChineseCharFilter(new CJKWidthCharFilter(reader));
    }

    /** Chinese words (smartcn HMM segmentation); Latin words inside are lowercased and stemmed. */
    public static Analyzer chinese() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new HMMChineseTokenizer();
                TokenStream stream = new PunctuationFilter(tokenizer);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return fold(reader);
            }
        };
    }

    /** Overlapping CJK bigrams: recovers words the segmenter does not know (路演, 毫米波). */
    public static Analyzer cjkBigram() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new ASCIIFoldingFilter(stream);
                stream = new CJKBigramFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return fold(reader);
            }
        };
    }

    /** English: possessives, case, accents, stop words, Porter stemming ("monitors" meets "monitoring"). */
    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(tokenizer);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return fold(reader);
            }
        };
    }

    /** Any script, words kept whole, case and accents folded (Café meets cafe; Hebrew words intact). */
    public static Analyzer folding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return fold(reader);
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return fold(reader);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
