package org.loungehub.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/** Folds Traditional Chinese characters to Simplified ones, character for character (offsets unchanged). */
public final class SimplifiedChineseCharFilter extends CharFilter {

    private final SimplifiedChineseTable table = SimplifiedChineseTable.get();

    public SimplifiedChineseCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = input.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            buffer[i] = table.map(buffer[i]);
        }
        return read;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
