package org.loungehub.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The decisions of an HTTP pull (routes/pull.yaml, partner-http-source): what to ask the partner's server, what
 * to remember of its answer, and how to name the batch. The validators (ETag, Last-Modified) of each source's last
 * full answer are kept in a small JSON file under the inbox, so that a restarted hub does not ingest an unchanged
 * feed again.
 */
@Component("httpPull")
public class HttpPull {

    /** Camel's http producer sends this query instead of the endpoint's (the endpoint is the URL without it). */
    static final String RAW_QUERY_HEADER = "CamelHttpRawQuery";

    private static final Logger log = LoggerFactory.getLogger(HttpPull.class);

    private final Path folder;
    private final ObjectMapper json;
    private final Clock clock;

    HttpPull(IntakeProperties properties, ObjectMapper json, Clock clock) {
        this.folder = properties.inbox().toAbsolutePath().normalize().resolve("pull-state");
        this.json = json;
        this.clock = clock;
    }

    /** The URL without query and fragment: the address the http endpoint is made for. */
    static String address(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    /** Sets the headers of the next GET: the URL's query and, once the feed was fetched, the conditional headers. */
    public void prepare(String partnerId, String url, Map<String, Object> headers) {
        String query = URI.create(url).getRawQuery();
        if (query != null && !query.isEmpty()) {
            headers.put(RAW_QUERY_HEADER, query);
        }
        validators(partnerId, url).ifPresent(v -> headers.putAll(v.conditionalHeaders()));
    }

    /**
     * Keeps the validators of a 200 answer for the next poll. A server that sends neither gets no conditional
     * request: its feed is ingested at every poll, so its delay should be long.
     *
     * @param responseHeaders the answer's headers (taken from the map: an ETag is a quoted string, which a bean
     *                        parameter expression would unquote)
     */
    public void remember(String partnerId, String url, Map<String, Object> responseHeaders) {
        HttpValidators validators = new HttpValidators(url, header(responseHeaders, "ETag"),
                header(responseHeaders, "Last-Modified"), clock.instant());
        Path file = stateFile(partnerId, url);
        try {
            if (validators.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(folder);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, json.writeValueAsBytes(validators));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The feed itself is safe in the inbox; the next poll only asks for it in full again.
            throw new UncheckedIOException("Could not remember the validators of " + url, e);
        }
    }

    /** The batch's file name: the URL's last path segment (export.ndjson), else its host. */
    public String batchName(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String segment = path.substring(path.lastIndexOf('/') + 1);
        String name = URLDecoder.decode(segment, StandardCharsets.UTF_8).strip();
        return name.isEmpty() ? uri.getHost() : name;
    }

    private static String header(Map<String, Object> headers, String name) {
        for (Map.Entry<String, Object> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && header.getValue() != null) {
                return header.getValue().toString();
            }
        }
        return null;
    }

    Optional<HttpValidators> validators(String partnerId, String url) {
        Path file = stateFile(partnerId, url);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            HttpValidators validators = json.readValue(file.toFile(), HttpValidators.class);
            return url.equals(validators.url()) ? Optional.of(validators) : Optional.empty();
        } catch (IOException e) {
            log.warn("Ignoring unreadable {} ({}): the next poll of {} fetches the whole feed", file, e.getMessage(), url);
            return Optional.empty();
        }
    }

    /** One file per partner and URL, so that reordering a partner's sources keeps each one's validators. */
    Path stateFile(String partnerId, String url) {
        return folder.resolve(partnerId + "-" + sha256(url).substring(0, 16) + ".json");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
