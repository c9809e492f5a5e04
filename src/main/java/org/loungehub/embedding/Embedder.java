package org.loungehub.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The hub's text embedding models, in process, one per {@link VectorSpace}: bge-small-zh-v1.5 (512 dimensions) and
 * all-MiniLM-L6-v2 (384), both quantized; vectors are L2-normalized, so the dot product of two vectors is their
 * cosine. Texts longer than a model's window are cut to its first 508 tokens (see {@link #truncate}). A model loads
 * on first use (a few seconds, logged) and stays loaded. Thread-safe.
 */
@Component
public class Embedder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Embedder.class);

    private final int threads;
    private final Map<VectorSpace, TokenWindow> windows = new EnumMap<>(VectorSpace.class);
    private final Map<VectorSpace, Counter> modelTexts = new EnumMap<>(VectorSpace.class);
    private final Map<VectorSpace, Timer> modelTime = new EnumMap<>(VectorSpace.class);
    private final Map<VectorSpace, InProcessModel> models = new EnumMap<>(VectorSpace.class);
    private final Map<VectorSpace, Long> loadMillis = new EnumMap<>(VectorSpace.class);
    private ExecutorService executor;

    public Embedder(EmbeddingProperties properties, MeterRegistry meters) {
        this.threads = properties.effectiveThreads();
        for (VectorSpace space : VectorSpace.values()) {
            windows.put(space, new TokenWindow(InProcessModel.tokenizer(space.model()), VectorSpace.MAX_TOKENS));
            modelTexts.put(space, Counter.builder("hub.embedding.model.texts").tag("model", space.model().id())
                    .description("Texts the embedding model computed (cache misses and queries)").register(meters));
            modelTime.put(space, Timer.builder("hub.embedding.model.time").tag("model", space.model().id())
                    .description("Time the embedding model spent per call").register(meters));
        }
    }

    /** The vector of one text in that space (cut to the model's window); a blank text is an IllegalArgumentException. */
    public float[] embed(VectorSpace space, String text) {
        return embedAll(space, List.of(text)).get(0);
    }

    /** The vectors of several texts in that space, in order, computed in parallel on the embedding threads. */
    public List<float[]> embedAll(VectorSpace space, List<String> texts) {
        requireText(texts);
        TokenWindow window = windows.get(space);
        return run(space, texts.stream().map(window::cut).toList());
    }

    /**
     * The vectors of listing texts, in order: as {@link #embedAll}, but {@link EmbeddingText#of} has cut them to the
     * window already, so they go to the model without being tokenized a second time on the caller's thread (which
     * the model would wait for).
     */
    public List<float[]> embedTexts(VectorSpace space, List<EmbeddingText> texts) {
        List<String> plain = texts.stream().map(EmbeddingText::text).toList();
        requireText(plain);
        return run(space, plain);
    }

    private static void requireText(List<String> texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("Cannot embed an empty text");
            }
        }
    }

    /** Texts within the window through that space's model. */
    private List<float[]> run(VectorSpace space, List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        InProcessModel loaded = model(space);
        List<Embedding> embeddings = modelTime.get(space).record(() -> loaded.embedAll(segments).content());
        modelTexts.get(space).increment(texts.size());
        return embeddings.stream().map(e -> normalized(e.vector())).toList();
    }

    /** The start of the text that space's model reads: its first 508 tokens, ending on a whole word. */
    public String truncate(VectorSpace space, String text) {
        return windows.get(space).cut(text);
    }

    /** Texts the models have computed since the hub started, all spaces together. */
    public long modelTexts() {
        return (long) modelTexts.values().stream().mapToDouble(Counter::count).sum();
    }

    /** How long that space's model took to load, in milliseconds; -1 while it is not loaded. */
    public synchronized long loadMillis(VectorSpace space) {
        return loadMillis.getOrDefault(space, -1L);
    }

    public int threads() {
        return threads;
    }

    private synchronized InProcessModel model(VectorSpace space) {
        InProcessModel loaded = models.get(space);
        if (loaded == null) {
            long start = System.nanoTime();
            if (executor == null) {
                executor = Executors.newFixedThreadPool(threads, new EmbedderThreads());
            }
            loaded = new InProcessModel(space.model(), executor);
            long millis = (System.nanoTime() - start) / 1_000_000;
            loadMillis.put(space, millis);
            log.info("Embedding model {} loaded in {} ms ({} dimensions, {} thread(s))",
                    space.model().id(), millis, space.model().dimensions(), threads);
            models.put(space, loaded);
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
        models.values().forEach(InProcessModel::close);
        models.clear();
        if (executor != null) {
            executor.shutdownNow();
        }
        windows.values().forEach(TokenWindow::close);
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
