package org.loungehub.evaluation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The command line of {@code evaluate}, checked. */
record EvaluationOptions(String hub, String apiKey, List<String> sets, Path data, Integer limitQueries,
                         List<SignalConfiguration> configurations, Path out, Duration embeddingsTimeout, boolean remove) {

    static final String USAGE = """
            usage: evaluate [--hub http://localhost:8080] [--api-key KEY] [--set NAME[,NAME...]|all]
                            [--data ../shared/data] [--limit-queries N] [--signals bm25,vector,concepts,fused]
                            [--out target/evaluation] [--embeddings-timeout 900]
                   evaluate --remove [--hub URL] [--api-key KEY]   (deletes every listing of partner evaluation)
              sets: techmap-companies, zh-to-en, csl-disciplines, en-to-zh, techmap-jobs (docs/evaluation.md)""";

    static EvaluationOptions parse(List<String> args, String defaultHub) {
        return parse(args, defaultHub, null);
    }

    /** @param defaultApiKey the key sent as X-Api-Key when --api-key is not given (null or blank: none) */
    static EvaluationOptions parse(List<String> args, String defaultHub, String defaultApiKey) {
        String hub = defaultHub;
        String apiKey = defaultApiKey;
        List<String> sets = List.of("all");
        Path data = Path.of("../shared/data");
        Integer limit = null;
        String signals = String.join(",", SignalConfiguration.ALL);
        Path out = Path.of("target/evaluation");
        long timeout = 900;
        boolean remove = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                throw new EvaluationException(USAGE);
            }
            if (option.equals("--remove")) {
                remove = true;
                continue;
            }
            if (!option.startsWith("--") || i + 1 == args.size()) {
                throw new EvaluationException((option.startsWith("--") ? option + " needs a value" : "unexpected '" + option + "'")
                        + "\n" + USAGE);
            }
            String value = args.get(++i);
            switch (option) {
                case "--hub" -> hub = value;
                case "--api-key" -> apiKey = value;
                case "--set" -> sets = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                case "--data" -> data = Path.of(value);
                case "--limit-queries" -> limit = positive(option, value);
                case "--signals" -> signals = value;
                case "--out" -> out = Path.of(value);
                case "--embeddings-timeout" -> timeout = positive(option, value);
                default -> throw new EvaluationException("unknown option " + option + "\n" + USAGE);
            }
        }
        return new EvaluationOptions(hub, apiKey == null || apiKey.isBlank() ? null : apiKey.strip(), sets, data, limit, SignalConfiguration.parse(signals), out,
                Duration.ofSeconds(timeout), remove);
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new EvaluationException(option + " needs a whole number above 0 (got '" + value + "')");
    }
}
