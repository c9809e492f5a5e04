package org.loungehub.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256 with the hub's secret) of what identifies a person: e-mail address, phone number (in
 * each form it is stored in) and listing id. Erasure records keep only these, never the values, and intake
 * recognises a re-sent person by them.
 */
@Component
public class SubjectKeys {

    private final SecretKeySpec key;

    @Autowired
    public SubjectKeys(PrivacyProperties properties) {
        this(secret(properties));
    }

    SubjectKeys(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** @param email an address as ContactValues.email gives it */
    public String email(String email) {
        return hash("email:" + email.strip().toLowerCase(Locale.ROOT));
    }

    /** @param phone a number as ContactValues.phone gives it */
    public String phone(String phone) {
        return hash("phone:" + phone.strip());
    }

    /** The keys of every form the number may be stored in (see PhoneForms). */
    public Set<String> phoneForms(String phone) {
        Set<String> keys = new LinkedHashSet<>();
        PhoneForms.of(phone.strip()).forEach(form -> keys.add(phone(form)));
        return keys;
    }

    public String listing(String listingId) {
        return hash("listing:" + listingId);
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] secret(PrivacyProperties properties) {
        if (properties.salt() != null && !properties.salt().isBlank()) {
            return properties.salt().strip().getBytes(StandardCharsets.UTF_8);
        }
        Path file = properties.saltFile().toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (hex.length() < 32) {
                throw new IllegalStateException("The privacy secret in " + file + " is too short; restore it from the"
                        + " backup, or set HUB_PRIVACY_SALT");
            }
            return hex.getBytes(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the privacy secret " + file
                    + " (set HUB_PRIVACY_SALT or HUB_PRIVACY_SALT_FILE)", e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            Files.writeString(file, HexFormat.of().formatHex(random) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: its own defaults apply.
            }
        } catch (FileAlreadyExistsException e) {
            // Another instance made it first: use theirs.
        }
    }
}
