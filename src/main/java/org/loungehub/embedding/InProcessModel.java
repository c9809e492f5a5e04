package org.loungehub.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * One of the {@link VectorSpace} models, int8-quantized, with its ONNX weights and tokenizer read from the jar that
 * ships them. Built here rather than through langchain4j's ready-made model classes, which load the model in a
 * static initializer with onnxruntime's default threading (a spinning pool as wide as the machine per run): each
 * text runs on one ONNX thread, and the executor runs {@code threads} texts at once, which on two cores is faster
 * and leaves the other core alone when threads is 1.
 */
final class InProcessModel extends AbstractInProcessEmbeddingModel implements AutoCloseable {

    private final VectorSpace.Model spec;
    private final OrtSession session;
    private final OnnxBertBiEncoder encoder;

    InProcessModel(VectorSpace.Model spec, Executor executor) {
        super(executor);
        this.spec = spec;
        try (InputStream model = resource(spec, spec.onnxResource())) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                this.session = environment.createSession(model.readAllBytes(), options);
            }
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer(spec), spec.pooling());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedding model " + spec.onnxResource(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the embedding model " + spec.onnxResource(), e);
        }
    }

    /** The model's tokenizer, for counting and cutting texts without loading the model. */
    static InputStream tokenizer(VectorSpace.Model spec) {
        return resource(spec, spec.tokenizerResource());
    }

    private static InputStream resource(VectorSpace.Model spec, String name) {
        InputStream stream = InProcessModel.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(name + " is not on the classpath: the dependency " + spec.dependency() + " ships it");
        }
        return stream;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return spec.dimensions();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot close the embedding model " + spec.id(), e);
        }
    }
}
