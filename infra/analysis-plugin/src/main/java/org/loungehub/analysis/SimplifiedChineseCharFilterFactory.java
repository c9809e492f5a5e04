package org.loungehub.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/** Full-width to half-width and Traditional to Simplified Chinese; usable in keyword normalizers too. */
@NamedComponent("lh_t2s")
public class SimplifiedChineseCharFilterFactory implements CharFilterFactory {
    @Override
    public Reader create(Reader reader) {
        return HubAnalyzers.fold(reader);
    }

    @Override
    public Reader normalize(Reader reader) {
        return create(reader);
    }
}
