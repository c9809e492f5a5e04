package org.loungehub.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.loungehub.normalize.ChineseScript;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The broad Chinese–English lexicon (infra/lexicon, derived from CC-CEDICT), held in memory both ways, that translates
 * a query word by word where the concept vocabulary names nothing. Chinese text is cut into the lexicon's words by
 * longest match (the index's own words come from smartcn, but a translation only has to find the other language's
 * words, and every multi-character word also meets the listings' bigrams); English text is read as phrases of up to
 * {@value #MAX_PHRASE} words, longest first, against the glosses. Latin-script words in Chinese text are not
 * translated (5G, AI, CRISPR are already the same on both sides).
 */
@Component
@Lazy
public class Lexicon {

    static final String RESOURCE = "lexicon/cedict-zh-en.tsv";
    static final int MAX_PHRASE = 4;
    /** English renderings per Chinese word: its first senses; later ones are rarer and add noise. */
    static final int ALTERNATIVES = 3;
    /**
     * Chinese renderings per English word: more, as the lexicon cannot tell which of the words glossed alike is the
     * common one (study: 书斋, 研究, 学习); a search counts only the best one found, and a rare wrong one is rarely found.
     */
    static final int CHINESE_ALTERNATIVES = 5;
    /** Translated terms per query: a long listing text would otherwise send thousands of clauses. */
    static final int MAX_TERMS = 40;

    /** Query words that say how a demand is put, not what it is about. */
    private static final Set<String> ZH_STOP = Set.of("我们", "我司", "本公司", "需要", "寻求", "寻找", "希望", "提供", "相关",
            "以及", "进行", "可以", "一个", "通过", "用于", "能够", "实现", "具有", "包括", "主要", "方面", "等等", "其他",
            "这些", "那些", "如何", "什么", "没有", "已经", "目前", "或者", "并且", "而且", "因为", "所以", "如果", "公司", "企业",
            "解决", "方案", "解决方案", "合作", "伙伴", "合作伙伴", "服务", "产品", "领域", "行业", "国内", "国外", "中国", "项目");
    private static final Set<String> EN_STOP = Set.of("a", "an", "the", "and", "or", "of", "for", "in", "on", "to", "with",
            "by", "at", "from", "as", "is", "are", "be", "we", "our", "us", "you", "your", "it", "its", "that", "this",
            "which", "who", "looking", "seeking", "seek", "need", "needs", "want", "search", "find", "company", "companies",
            "partner", "partners", "solution", "solutions", "chinese", "china", "israeli", "israel", "research", "new",
            "based", "using", "use", "such", "other", "more", "can", "will", "also", "into", "their", "they", "has", "have",
            "seeks", "study", "studies", "institute", "institutes", "university", "universities", "develop", "developing",
            "interested", "work", "working", "about", "like", "would", "wants", "help");

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'\\-]+");
    /** Suffix and replacement, tried in order. */
    private static final String[][] SUFFIXES = {{"ations", "at"}, {"ation", "at"}, {"ies", "y"}, {"ing", ""},
        {"ate", "at"}, {"ed", ""}, {"es", ""}, {"s", ""}};

    private final Map<String, String[]> english;
    private final Map<String, String[]> chinese;
    private final int longestHeadword;
    private final ChineseScript script;

    @Autowired
    public Lexicon() {
        this(read(), new ChineseScript());
    }

    Lexicon(Reader tsv, ChineseScript script) {
        this.script = script;
        Map<String, String[]> zhToEn = new HashMap<>(131_072);
        Map<String, List<Ranked>> reverse = new HashMap<>(262_144);
        int longest = 0;
        try (BufferedReader lines = new BufferedReader(tsv)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                String headword = line.substring(0, tab);
                String[] glosses = line.substring(tab + 1).split("\\|");
                zhToEn.put(headword, glosses);
                longest = Math.max(longest, headword.length());
                for (int i = 0; i < glosses.length; i++) {
                    String key = key(glosses[i]);
                    if (!key.isEmpty()) {
                        reverse.computeIfAbsent(key, k -> new ArrayList<>(2)).add(new Ranked(headword, i, glosses.length));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the lexicon " + RESOURCE, e);
        }
        Map<String, String[]> enToZh = new HashMap<>(reverse.size() * 4 / 3 + 1);
        // A headword whose first sense is the phrase, with few senses, renders it best.
        Comparator<Ranked> best = Comparator.comparingInt(Ranked::position).thenComparingInt(Ranked::senses)
                .thenComparing(Ranked::headword);
        reverse.forEach((key, candidates) -> enToZh.put(key, candidates.stream().sorted(best).limit(CHINESE_ALTERNATIVES)
                .map(Ranked::headword).toArray(String[]::new)));
        this.english = zhToEn;
        this.chinese = enToZh;
        this.longestHeadword = longest;
    }

    static Lexicon of(String tsv) {
        return new Lexicon(new StringReader(tsv), new ChineseScript());
    }

    private record Ranked(String headword, int position, int senses) {
    }

    public int size() {
        return english.size();
    }

    /** English glosses of a simplified headword, empty when unknown. */
    public List<String> english(String headword) {
        String[] glosses = english.get(headword);
        return glosses == null ? List.of() : Arrays.asList(glosses);
    }

    /** The translation of text in the given language: Chinese to English, anything else as English to Chinese. */
    public List<Translation> translate(String text, String language) {
        return "zh".equals(language) ? fromChinese(text) : fromEnglish(text);
    }

    /** The lexicon words of the Chinese text (Traditional read as Simplified), each with its English glosses. */
    public List<Translation> fromChinese(String text) {
        String simplified = script.toSimplified(text);
        Map<String, Translation> terms = new LinkedHashMap<>();
        int i = 0;
        int n = simplified.length();
        while (i < n && terms.size() < MAX_TERMS) {
            if (!isHan(simplified.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && end - i < longestHeadword && isHan(simplified.charAt(end))) {
                end++;
            }
            int found = -1;
            for (int j = end; j >= i + 2; j--) {
                if (english.containsKey(simplified.substring(i, j))) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                i++;
                continue;
            }
            String word = simplified.substring(i, found);
            if (!ZH_STOP.contains(word) && !terms.containsKey(word)) {
                String[] glosses = english.get(word);
                terms.put(word, new Translation(word, "en",
                        List.of(Arrays.copyOf(glosses, Math.min(ALTERNATIVES, glosses.length)))));
            }
            i = found;
        }
        return List.copyOf(terms.values());
    }

    /** The English words and phrases of the text that the lexicon glosses, longest phrase first, with Chinese words. */
    public List<Translation> fromEnglish(String text) {
        List<String> words = new ArrayList<>();
        for (String token : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!token.isEmpty()) {
                words.add(token);
            }
        }
        Map<String, Translation> terms = new LinkedHashMap<>();
        int i = 0;
        while (i < words.size() && terms.size() < MAX_TERMS) {
            if (EN_STOP.contains(words.get(i))) {
                i++;
                continue;
            }
            int taken = 0;
            for (int length = Math.min(MAX_PHRASE, words.size() - i); length >= 1 && taken == 0; length--) {
                List<String> phrase = words.subList(i, i + length);
                if (EN_STOP.contains(phrase.get(length - 1))) {
                    continue;
                }
                String[] headwords = chinese.get(key(String.join(" ", phrase)));
                if (headwords != null) {
                    String source = String.join(" ", phrase);
                    terms.putIfAbsent(source, new Translation(source, "zh", List.of(headwords)));
                    taken = length;
                }
            }
            i += Math.max(1, taken);
        }
        return List.copyOf(terms.values());
    }

    /** A gloss or phrase as looked up: lowercase words, each stemmed alike on both sides. */
    static String key(String phrase) {
        StringBuilder key = new StringBuilder();
        for (String word : WORD_BREAK.split(phrase.toLowerCase(Locale.ROOT))) {
            if (word.isEmpty()) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(stem(word));
        }
        return key.toString();
    }

    /** Crude and symmetric: irrigation, irrigate and irrigated meet, as farming and farms do. */
    static String stem(String word) {
        for (String[] rule : SUFFIXES) {
            if (word.endsWith(rule[0]) && word.length() - rule[0].length() + rule[1].length() >= 4
                    && !(rule[0].equals("s") && (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")))) {
                return word.substring(0, word.length() - rule[0].length()) + rule[1];
            }
        }
        return word;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static Reader read() {
        try {
            InputStream in = new ClassPathResource(RESOURCE).getInputStream();
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The lexicon " + RESOURCE + " is missing from the classpath (infra/lexicon)", e);
        }
    }
}
