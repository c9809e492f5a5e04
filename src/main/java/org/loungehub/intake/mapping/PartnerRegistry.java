package org.loungehub.intake.mapping;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The partners the hub knows: every {@code classpath*:partners/*.yaml} (built from infra/partners), then the
 * files of {@code hub.intake.partners-dir} if set, which add partners or replace shipped ones by id. All files are
 * checked at start-up; any problem stops the start with every problem listed by file and key.
 */
@Component
public class PartnerRegistry {

    private static final Logger log = LoggerFactory.getLogger(PartnerRegistry.class);

    private final Map<String, PartnerConfig> partners;

    public PartnerRegistry(ResourceLoader resources, Environment environment,
                           @Value("${hub.intake.partners-dir:}") String partnersDir) {
        PartnerConfigParser parser = new PartnerConfigParser(environment::resolveRequiredPlaceholders);
        List<String> problems = new ArrayList<>();
        Map<String, PartnerConfig> loaded = new LinkedHashMap<>();
        for (Resource resource : classpathConfigs(resources)) {
            String file = resource.getFilename();
            load(parser, "partners/" + file, file, resource::getInputStream, problems).ifPresent(config -> {
                PartnerConfig clash = loaded.putIfAbsent(config.id(), config);
                if (clash != null) {
                    problems.add(resource + ": partner '" + config.id() + "' is defined twice on the classpath");
                }
            });
        }
        if (partnersDir != null && !partnersDir.isBlank()) {
            for (Path path : folderConfigs(Path.of(partnersDir.strip()), problems)) {
                load(parser, path.toString(), path.getFileName().toString(), () -> Files.newInputStream(path), problems)
                        .ifPresent(config -> {
                            if (loaded.put(config.id(), config) != null) {
                                log.info("Partner '{}' from {} replaces the shipped configuration", config.id(), path);
                            }
                        });
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPartnerConfigException(problems);
        }
        this.partners = Map.copyOf(loaded);
        log.info("Partners: {}", partners.keySet().stream().sorted().toList());
    }

    public Optional<PartnerConfig> find(String id) {
        return Optional.ofNullable(id).map(partners::get);
    }

    /** All partners, by id. */
    public List<PartnerConfig> all() {
        return partners.values().stream().sorted(Comparator.comparing(PartnerConfig::id)).toList();
    }

    private interface Opener {
        java.io.InputStream open() throws IOException;
    }

    private static Optional<PartnerConfig> load(PartnerConfigParser parser, String origin, String fileName,
                                                Opener opener, List<String> problems) {
        String id = fileName.replaceFirst("\\.ya?ml$", "");
        try {
            return Optional.of(parser.parse(origin, id, opener.open()));
        } catch (InvalidPartnerConfigException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(origin + ": cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Resource[] classpathConfigs(ResourceLoader resources) {
        ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(resources);
        try {
            return resolver.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + "partners/*.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list classpath partners/*.yaml", e);
        }
    }

    private static List<Path> folderConfigs(Path folder, List<String> problems) {
        if (!Files.isDirectory(folder)) {
            problems.add("hub.intake.partners-dir: " + folder + " is not a folder");
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add("hub.intake.partners-dir: cannot list " + folder + ": " + e.getMessage());
            return List.of();
        }
    }
}
