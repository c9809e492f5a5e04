package org.loungehub.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the demo feeds (demo/{partnerId}/*) through the normal intake path, once per file: the local hub starts
 * with real listings from the shipped partner configurations. Files already loaded are remembered in the inbox.
 */
@Component("demoData")
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final Path folder;
    private final Path loadedMarker;
    private final IntakeReceiver receiver;
    private final ObjectMapper json;

    DemoData(@Value("${hub.demo.enabled:true}") boolean enabled, @Value("${hub.demo.dir:demo}") Path folder,
             IntakeProperties properties, IntakeReceiver receiver, ObjectMapper json) {
        this.enabled = enabled;
        this.folder = folder;
        this.loadedMarker = properties.inbox().resolve("demo-loaded.json");
        this.receiver = receiver;
        this.json = json;
    }

    /** Accepts every demo file not loaded before; returns the new batches for processing. */
    public List<BatchStatus> load() {
        if (!enabled || !Files.isDirectory(folder)) {
            return List.of();
        }
        Set<String> loaded = readMarker();
        List<BatchStatus> batches = new ArrayList<>();
        try (Stream<Path> partners = Files.list(folder)) {
            for (Path partnerDir : partners.filter(Files::isDirectory).sorted().toList()) {
                String partnerId = partnerDir.getFileName().toString();
                try (Stream<Path> files = Files.list(partnerDir)) {
                    for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                        String key = partnerId + "/" + file.getFileName();
                        if (loaded.contains(key)) {
                            continue;
                        }
                        try (InputStream in = Files.newInputStream(file)) {
                            BatchStatus batch = receiver.receive(partnerId, null, null, null, file.getFileName().toString(), in);
                            log.info("Demo data: {} accepted as batch {}", key, batch.batchId());
                            batches.add(batch);
                        }
                        loaded.add(key);
                    }
                }
            }
            Files.createDirectories(loadedMarker.getParent());
            json.writeValue(loadedMarker.toFile(), loaded);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the demo data from " + folder, e);
        }
        return batches;
    }

    private Set<String> readMarker() {
        try {
            return Files.exists(loadedMarker)
                    ? new HashSet<>(List.of(json.readValue(loadedMarker.toFile(), String[].class))) : new HashSet<>();
        } catch (IOException e) {
            return new HashSet<>();
        }
    }
}
