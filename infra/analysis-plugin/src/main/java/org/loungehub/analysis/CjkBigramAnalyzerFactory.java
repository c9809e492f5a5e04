package org.loungehub.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

@NamedComponent("lh_cjk_bigram")
public class CjkBigramAnalyzerFactory implements AnalyzerFactory {
    @Override
    public Analyzer create() {
        return HubAnalyzers.cjkBigram();
    }
}
