package org.loungehub.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code evaluate [--hub URL] [--api-key KEY] [--set NAME|all] [--data DIR] [--limit-queries N] [--signals ...]}: measures the
 * matching quality of a running hub on development sets built from the shared data's own labels, through the
 * public API only. Per set: pushes the corpus (partner {@code evaluation}), waits for the batch and the
 * embeddings, runs every query once per signal configuration, prints MAP, nDCG@10 and MRR@10 and writes
 * {@code <out>/<set>.json}. Exit code 0: every configuration measured; 1: something failed (said how to fix).
 * {@code evaluate --remove} deletes the evaluation partner's listings from the hub.
 */
public final class EvaluateCommand {

    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    public int run(List<String> args) {
        try {
            EvaluationOptions options = EvaluationOptions.parse(args,
                    System.getenv().getOrDefault("HUB_URL", "http://localhost:8080"), System.getenv("HUB_API_KEY"));
            return run(options, DevelopmentSets.defaults());
        } catch (EvaluationException e) {
            out.println(e.getMessage());
            return 1;
        }
    }

    int run(EvaluationOptions options, DevelopmentSets available) {
        try {
            if (options.remove()) {
                new CorpusLoader(new HubClient(options.hub(), options.apiKey()), out, options.embeddingsTimeout()).removeAll();
                return 0;
            }
            List<LabeledSet> sets = new ArrayList<>();
            for (DevelopmentSet set : available.select(options.sets())) {
                sets.add(set.build(options.data()).limitQueries(options.limitQueries()));
            }
            HubClient hub = new HubClient(options.hub(), options.apiKey());
            hub.checkMatchApi();
            CorpusLoader loader = new CorpusLoader(hub, out, options.embeddingsTimeout());
            SetEvaluator evaluator = new SetEvaluator(hub, out);
            boolean complete = true;
            for (LabeledSet set : sets) {
                out.printf(Locale.ROOT, "%n== %s (%s): %s%n", set.name(), set.languages(), set.description());
                SetResult result = evaluator.evaluate(set, loader.load(set), options.configurations());
                out.print(ResultTable.render(result));
                out.println("  results: " + write(options.out(), result));
                complete &= result.configurations().stream().allMatch(SetResult.ConfigurationResult::measured);
            }
            if (!complete) {
                out.println("Some configurations were refused by the hub (see above): their figures are missing");
            }
            return complete ? 0 : 1;
        } catch (EvaluationException e) {
            out.println();
            out.println(e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            out.println();
            out.println("Evaluation failed: " + e.getMessage());
            return 1;
        }
    }

    private Path write(Path folder, SetResult result) throws IOException {
        Path file = Files.createDirectories(folder).resolve(result.set() + ".json");
        json.writeValue(file.toFile(), result);
        return file;
    }
}
