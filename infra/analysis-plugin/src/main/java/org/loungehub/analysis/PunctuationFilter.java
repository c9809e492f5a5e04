package org.loungehub.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Drops tokens made only of punctuation or symbols (smartcn emits "," for 、 and 。). */
public final class PunctuationFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public PunctuationFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        for (int i = 0; i < term.length(); ) {
            int cp = Character.codePointAt(term.buffer(), i, term.length());
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
