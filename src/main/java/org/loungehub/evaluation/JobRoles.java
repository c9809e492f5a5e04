package org.loungehub.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The role a job title names, for grading: "Senior Full-Stack Developer - Payments (Hybrid)" and "Full Stack
 * Engineer" are the same role, "full stack engineer". Seniority, the team or place after a dash, comma or bar,
 * and parentheses are dropped; a few spellings are unified (developer → engineer, back-end → backend).
 */
final class JobRoles {

    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]");
    private static final Pattern QUALIFIER = Pattern.compile("[–—|,:@]|\\s-|-\\s|\\s/\\s|\\sat\\s");
    private static final Set<String> SENIORITY = Set.of("senior", "sr", "junior", "jr", "principal", "staff",
            "mid", "level", "entry", "experienced", "i", "ii", "iii", "iv");
    private static final Map<String, String> SPELLINGS = Map.of("developer", "engineer", "dev", "engineer",
            "fullstack", "full stack", "back end", "backend", "front end", "frontend");

    private JobRoles() {
    }

    /** The normalized role, or "" when the title names none (only seniority words, or nothing readable). */
    static String role(String title) {
        String text = PARENTHESES.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ");
        var qualifier = QUALIFIER.matcher(text);
        if (qualifier.find() && qualifier.start() > 0) {
            text = text.substring(0, qualifier.start());
        }
        text = text.replaceAll("[^\\p{L}\\p{N}+#&]+", " ").strip();
        for (var spelling : SPELLINGS.entrySet()) {
            text = text.replaceAll("\\b" + spelling.getKey() + "\\b", spelling.getValue());
        }
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (!word.isEmpty() && !SENIORITY.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }
}
