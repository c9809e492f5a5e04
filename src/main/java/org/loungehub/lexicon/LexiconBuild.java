package org.loungehub.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives {@code infra/lexicon/cedict-zh-en.tsv} from CC-CEDICT, reproducibly (same input, same file):
 * <pre>java -cp target/classes org.loungehub.lexicon.LexiconBuild ../shared/data/cc-cedict/cedict_ts.u8 infra/lexicon/cedict-zh-en.tsv</pre>
 * One line per simplified headword, its glosses in dictionary order (entries of the same headword merged), at most
 * {@value #MAX_GLOSSES}: later glosses are rarer senses and mostly add noise to a translated query.
 */
public final class LexiconBuild {

    static final int MAX_GLOSSES = 6;
    static final String HEADER = """
            # Chinese-English lexicon derived from CC-CEDICT (CC-CEDICT, MDBG and contributors, cc-cedict.org),
            # licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this derivative is shared alike.
            # Regenerate: java -cp target/classes org.loungehub.lexicon.LexiconBuild <cedict_ts.u8> <this file>
            # Format: simplified headword TAB English glosses separated by |
            """;

    private LexiconBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LexiconBuild <cedict_ts.u8> <out.tsv>");
            System.exit(2);
        }
        String tsv;
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            tsv = build(in);
        }
        Files.writeString(Path.of(args[1]), tsv, StandardCharsets.UTF_8);
        System.out.println("Wrote " + args[1] + ": " + (tsv.lines().count() - HEADER.lines().count()) + " headwords");
    }

    /** The lexicon file's text from a CC-CEDICT file's text. */
    static String build(Reader cedict) throws IOException {
        Map<String, List<String>> glosses = new TreeMap<>();
        BufferedReader lines = new BufferedReader(cedict);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            CedictFilter.parse(line).ifPresent(entry -> {
                List<String> merged = glosses.computeIfAbsent(entry.headword(), h -> new ArrayList<>());
                entry.glosses().stream().filter(g -> !merged.contains(g)).forEach(merged::add);
            });
        }
        StringBuilder out = new StringBuilder(HEADER);
        glosses.forEach((headword, list) -> out.append(headword).append('\t')
                .append(String.join("|", list.subList(0, Math.min(MAX_GLOSSES, list.size())))).append('\n'));
        return out.toString();
    }

    static String build(String cedict) throws IOException {
        return build(new StringReader(cedict));
    }
}
