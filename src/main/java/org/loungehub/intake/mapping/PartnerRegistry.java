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

    private volatile Map<String, PartnerConfig> partners;
    private final PartnerConfigParser parser;
    private final Path createdDir;

    public PartnerRegistry(ResourceLoader resources, Environment environment, String partnersDir) {
        this(resources, environment, partnersDir, null);
    }

    /**
     * @param createdDir where partners created through the API are kept (read at start, between the shipped
     *                   partners and the operator's partners-dir, which wins); null: none
     */
    @org.springframework.beans.factory.annotation.Autowired
    public PartnerRegistry(ResourceLoader resources, Environment environment,
                           @Value("${hub.intake.partners-dir:}") String partnersDir,
                           @Value("${hub.intake.created-partners-dir:}") String createdDir) {
        PartnerConfigParser parser = new PartnerConfigParser(environment::resolveRequiredPlaceholders);
        this.parser = parser;
        this.createdDir = createdDir == null || createdDir.isBlank() ? null : Path.of(createdDir.strip());
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
        if (this.createdDir != null && Files.isDirectory(this.createdDir)) {
            for (Path path : folderConfigs(this.createdDir, problems)) {
                load(parser, path.toString(), path.getFileName().toString(), () -> Files.newInputStream(path), problems)
                        .ifPresent(config -> loaded.putIfAbsent(config.id(), config));
            }
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

    /**
     * Adds a partner created through the API: checked like a file, kept as {@code <id>.yaml} in the created-partners
     * folder (so it survives a restart) and usable at once.
     *
     * @throws IllegalStateException if the partner exists already
     */
    public synchronized PartnerConfig create(String id, byte[] yaml) {
        if (createdDir == null) {
            throw new IllegalStateException("Partners cannot be created through the API: hub.intake.created-partners-dir is not set");
        }
        PartnerConfig config = parser.parse("POST /api/v1/partners", id, new java.io.ByteArrayInputStream(yaml));
        if (partners.containsKey(config.id())) {
            throw new PartnerExistsException(config.id());
        }
        if (!config.sources().isEmpty()) {
            throw new InvalidPartnerConfigException(List.of("POST /api/v1/partners: 'sources' (pulled feeds) are set up in "
                    + "a file of HUB_PARTNERS_DIR and start with the hub; a partner created here pushes its feeds"));
        }
        try {
            Files.createDirectories(createdDir);
            Path file = createdDir.resolve(config.id() + ".yaml");
            Path temporary = createdDir.resolve(config.id() + ".yaml.tmp");
            Files.write(temporary, yaml);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Partner '" + config.id() + "' not saved in " + createdDir, e);
        }
        Map<String, PartnerConfig> updated = new LinkedHashMap<>(partners);
        updated.put(config.id(), config);
        partners = Map.copyOf(updated);
        log.info("Partner '{}' created through the API ({})", config.id(), createdDir.resolve(config.id() + ".yaml"));
        return config;
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
