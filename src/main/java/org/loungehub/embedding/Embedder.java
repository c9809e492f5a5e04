package org.loungehub.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The hub's text embedding model, in process: bge-small-zh-v1.5 (quantized), 512 dimensions, L2-normalized, so the
 * dot product of two vectors is their cosine. Texts longer than the model's window are cut to its first 508 tokens
 * (see {@link #truncate}). The model loads on first use (a few seconds, logged) and stays loaded. Thread-safe.
 */
@Component
public class Embedder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Embedder.class);

    private final int threads;
    private final TokenWindow window;
    private final Counter modelTexts;
    private final Timer modelTime;
    private volatile ExecutorService executor;
    private volatile BgeSmallZh model;
    private volatile long loadMillis = -1;

    public Embedder(EmbeddingProperties properties, MeterRegistry meters) {
        this.threads = properties.effectiveThreads();
        this.window = new TokenWindow(BgeSmallZh.tokenizer(), BgeSmallZh.MAX_TOKENS);
        this.modelTexts = Counter.builder("hub.embedding.model.texts")
                .description("Texts the embedding model computed (cache misses and queries)").register(meters);
        this.modelTime = Timer.builder("hub.embedding.model.time")
                .description("Time the embedding model spent per call").register(meters);
    }

    /** The vector of one text (cut to the model's window); a blank text is an IllegalArgumentException. */
    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    /** The vectors of several texts, in order, computed in parallel on the embedding threads. */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("Cannot embed an empty text");
            }
        }
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(window.cut(t))).toList();
        BgeSmallZh loaded = model();
        List<Embedding> embeddings = modelTime.record(() -> loaded.embedAll(segments).content());
        modelTexts.increment(texts.size());
        return embeddings.stream().map(e -> normalized(e.vector())).toList();
    }

    /** The start of the text the model reads: its first 508 tokens, ending on a whole word. */
    public String truncate(String text) {
        return window.cut(text);
    }

    public String modelId() {
        return BgeSmallZh.MODEL_ID;
    }

    public int dimensions() {
        return BgeSmallZh.DIMENSIONS;
    }

    /** Texts the model has computed since the hub started. */
    public long modelTexts() {
        return (long) modelTexts.count();
    }

    /** How long the model took to load, in milliseconds; -1 while it is not loaded. */
    public long loadMillis() {
        return loadMillis;
    }

    public int threads() {
        return threads;
    }

    private BgeSmallZh model() {
        BgeSmallZh loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    long start = System.nanoTime();
                    executor = Executors.newFixedThreadPool(threads, new EmbedderThreads());
                    loaded = new BgeSmallZh(executor);
                    loadMillis = (System.nanoTime() - start) / 1_000_000;
                    log.info("Embedding model {} loaded in {} ms ({} dimensions, {} thread(s))",
                            BgeSmallZh.MODEL_ID, loadMillis, BgeSmallZh.DIMENSIONS, threads);
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    /** Copes with a model that would not normalize: callers may use the dot product as cosine. */
    static float[] normalized(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        double norm = Math.sqrt(sum);
        if (norm == 0 || Math.abs(norm - 1) < 1e-6) {
            return vector;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    @Override
    public synchronized void destroy() {
        if (model != null) {
            model.close();
            model = null;
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        window.close();
    }

    private static final class EmbedderThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "embedder-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
