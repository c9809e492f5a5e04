package org.loungehub.evaluation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.loungehub.intake.format.FeedFormat;
import org.loungehub.intake.format.RawRecord;
import org.loungehub.intake.format.ReaderOptions;
import org.loungehub.intake.format.RecordReader;
import org.loungehub.intake.format.RecordReaders;

/** Reads the Israeli Tech Map as published (israel-techmap/ in the shared data): companies and job postings. */
final class TechmapData {

    static final String FOLDER = "israel-techmap";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TechmapData() {
    }

    /** An active company with a description and a category. {@code id} is the partner mapping's externalId. */
    record Company(String id, String name, String description, int categoryId, String category, String size,
                   String city) {
    }

    /** A job posting; {@code jobCategory} is the file it is listed in (software, hr...), the data's own label. */
    record Job(String url, String company, String employerCategory, String title, String level, String city,
               String jobCategory) {
    }

    /** categories.json: id → name (AI/ML, Cybersecurity...), in id order. */
    static Map<Integer, String> categories(Path data) throws IOException {
        Map<String, String> raw = JSON.readValue(DataFiles.require(data, FOLDER, "categories.json").toFile(),
                new TypeReference<Map<String, String>>() { });
        Map<Integer, String> categories = new TreeMap<>();
        raw.forEach((id, name) -> categories.put(Integer.valueOf(id), name));
        return categories;
    }

    /** companies.ndjson, in file order, without inactive companies and those without description or category. */
    static List<Company> companies(Path data) throws IOException {
        Map<Integer, String> categories = categories(data);
        List<Company> companies = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(DataFiles.require(data, FOLDER, "companies.ndjson"),
                StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = JSON.readTree(line);
                String id = text(c, "registryNumber", text(c, "ivcId", null));
                String description = text(c, "description", null);
                String category = categories.get(c.path("categoryId").asInt(-1));
                if (id == null || description == null || category == null || !c.path("isActive").asBoolean(true)) {
                    continue;
                }
                companies.add(new Company(id, text(c, "name", id), description, c.path("categoryId").asInt(), category,
                        text(c, "size", null), text(c.path("addresses").path(0), "city", null)));
            }
        }
        return companies;
    }

    /** jobs/*.csv, files in name order, rows in file order. */
    static List<Job> jobs(Path data) throws IOException {
        Path folder = DataFiles.require(data, FOLDER, "jobs");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        List<Job> jobs = new ArrayList<>();
        RecordReaders readers = new RecordReaders();
        for (Path file : files) {
            String jobCategory = file.getFileName().toString().replaceFirst("\\.csv$", "");
            try (RecordReader reader = readers.open(Files.newInputStream(file), FeedFormat.CSV,
                    ReaderOptions.defaults().withCharset(StandardCharsets.UTF_8))) {
                while (reader.hasNext()) {
                    RawRecord row = reader.next();
                    String url = DataFiles.field(row, "url");
                    String title = DataFiles.field(row, "title");
                    if (row.failed() || url == null || title == null) {
                        continue;
                    }
                    jobs.add(new Job(url.replaceFirst("\\?.*$", ""), DataFiles.field(row, "company"),
                            DataFiles.field(row, "category"), title, DataFiles.field(row, "level"),
                            DataFiles.field(row, "city"), jobCategory));
                }
            }
        }
        return jobs;
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() || value.asText().isBlank() ? fallback : value.asText().strip();
    }
}
