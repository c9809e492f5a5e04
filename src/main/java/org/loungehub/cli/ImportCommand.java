package org.loungehub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code import <partnerId> <file> [--hub URL] [--format F] [--charset C]}: pushes a local file to a running hub
 * for a partner, follows the batch with a progress bar and ends with a summary and the first rejected records.
 * Exit code 0: all records accepted; 2: some rejected; 1: the batch failed or the hub could not be reached.
 */
public final class ImportCommand {

    private static final Duration POLL = Duration.ofMillis(500);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream out;
    /** Sent as X-Api-Key: the partner's own key or a staff key. */
    private String apiKey = "";

    public ImportCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new ImportCommand(System.out).run(List.of(args)));
    }

    public int run(List<String> args) {
        List<String> positional = new ArrayList<>();
        String hub = System.getenv().getOrDefault("HUB_URL", "http://localhost:8080");
        String apiKey = System.getenv("HUB_API_KEY");
        String format = null;
        String charset = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--hub" -> hub = args.get(++i);
                case "--api-key" -> apiKey = args.get(++i);
                case "--format" -> format = args.get(++i);
                case "--charset" -> charset = args.get(++i);
                default -> positional.add(args.get(i));
            }
        }
        if (positional.size() != 2) {
            out.println("usage: import <partnerId> <file> [--hub http://localhost:8080] [--api-key KEY (default $HUB_API_KEY)] [--format json|ndjson|csv|xlsx] [--charset GB18030]");
            return 1;
        }
        Path file = Path.of(positional.get(1));
        if (!Files.isRegularFile(file)) {
            out.println("No file " + file.toAbsolutePath());
            return 1;
        }
        try {
            this.apiKey = apiKey == null ? "" : apiKey.strip();
            return importFile(hub, positional.get(0), file, format, charset);
        } catch (ConnectException e) {
            out.println("No hub answers at " + hub + ": start it (./mvnw spring-boot:run) or pass --hub URL");
            return 1;
        } catch (IOException e) {
            out.println("Import failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int importFile(String hub, String partner, Path file, String format, String charset) throws IOException, InterruptedException {
        long total = estimateRecords(file);
        StringBuilder query = new StringBuilder("?name=").append(encode(file.getFileName().toString()));
        if (format != null) {
            query.append("&format=").append(encode(format));
        }
        if (charset != null) {
            query.append("&charset=").append(encode(charset));
        }
        out.printf(Locale.ROOT, "Sending %s (%,d bytes) to %s for partner %s%n", file.getFileName(), Files.size(file), hub, partner);
        HttpRequest push = HttpRequest.newBuilder(URI.create(hub + "/api/v1/partners/" + encode(partner) + "/listings" + query))
                .header("Content-Type", "application/octet-stream").header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> accepted = http.send(push, HttpResponse.BodyHandlers.ofString());
        JsonNode body = json.readTree(accepted.body());
        if (accepted.statusCode() == 401) {
            out.println("Refused (HTTP 401): pass the partner's key (or a staff key) with --api-key KEY or HUB_API_KEY");
            return 1;
        }
        if (accepted.statusCode() != 202) {
            out.println("Refused (HTTP " + accepted.statusCode() + "): " + body.path("message").asText(accepted.body()));
            return 1;
        }
        String batchId = body.path("batchId").asText();
        out.println("Accepted as batch " + batchId + " (stored durably; processing continues even if this command stops)");

        JsonNode status;
        while (true) {
            status = json.readTree(http.send(HttpRequest.newBuilder(URI.create(hub + "/api/v1/batches/" + batchId))
                            .header("X-Api-Key", apiKey).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            JsonNode c = status.path("counts");
            out.print("\r" + ProgressBar.render(c.path("received").asLong(), total, c.path("indexed").asLong(),
                    c.path("unchanged").asLong(), c.path("rejected").asLong()));
            out.flush();
            if (status.path("status").asText().matches("done|failed")) {
                break;
            }
            Thread.sleep(POLL.toMillis());
        }
        out.println();
        return summary(hub, partner, status);
    }

    private int summary(String hub, String partner, JsonNode status) {
        JsonNode c = status.path("counts");
        if ("failed".equals(status.path("status").asText())) {
            out.println("Batch failed: " + status.path("message").asText());
            return 1;
        }
        out.printf(Locale.ROOT, "Done: %,d records, %,d indexed, %,d unchanged, %,d deleted, %,d rejected%n",
                c.path("received").asLong(), c.path("indexed").asLong(), c.path("unchanged").asLong(),
                c.path("deleted").asLong(), c.path("rejected").asLong());
        if (c.path("warned").asLong() > 0) {
            out.printf(Locale.ROOT, "%,d indexed without an optional field they had wrong: %s/api/v1/batches/%s (warnings)%n",
                    c.path("warned").asLong(), hub, status.path("batchId").asText());
        }
        if (c.path("rejected").asLong() == 0) {
            return 0;
        }
        out.println("First rejected records:");
        int shown = 0;
        for (JsonNode error : status.path("errors")) {
            if (shown++ == 10) {
                break;
            }
            out.println("  record " + error.path("recordNumber").asLong()
                    + (error.hasNonNull("field") ? ", field '" + error.path("field").asText() + "'" : "") + ": " + error.path("reason").asText());
        }
        out.println("All of them: " + hub + "/api/v1/partners/" + partner + "/dead-letters?batchId=" + status.path("batchId").asText());
        return 2;
    }

    /** Lines in the file: the record count of NDJSON and of CSV without embedded newlines; 0 for other formats. */
    static long estimateRecords(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".ndjson") && !name.endsWith(".jsonl")) {
            return 0;
        }
        long lines = 0;
        boolean lastWasNewline = true;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                lastWasNewline = buffer[n - 1] == '\n';
            }
        }
        if (!lastWasNewline) {
            lines++;
        }
        return csv ? Math.max(0, lines - 1) : lines;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
