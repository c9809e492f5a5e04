package org.loungehub.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

@NamedComponent("lh_folding")
public class FoldingAnalyzerFactory implements AnalyzerFactory {
    @Override
    public Analyzer create() {
        return HubAnalyzers.folding();
    }
}
