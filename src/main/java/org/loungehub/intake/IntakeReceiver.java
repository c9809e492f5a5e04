package org.loungehub.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.loungehub.intake.format.FeedFormat;
import org.loungehub.intake.mapping.PartnerConfig;
import org.loungehub.intake.mapping.PartnerRegistry;
import org.springframework.stereotype.Component;

/**
 * Takes a feed in: checks the partner, the format and the payload's first bytes (a malformed payload is refused
 * at once with what to fix), then stores it durably in the inbox. Pushes and pulled files both come here.
 */
@Component("intakeReceiver")
public class IntakeReceiver {

    private static final int HEAD = 64 * 1024;

    private final PartnerRegistry partners;
    private final Inbox inbox;

    IntakeReceiver(PartnerRegistry partners, Inbox inbox) {
        this.partners = partners;
        this.inbox = inbox;
    }

    /**
     * @param format a format name (json, ndjson, csv, xlsx) given by the caller, or null
     * @param contentType the HTTP Content-Type, possibly with a charset parameter, or null
     * @param charset a charset given by the caller, or null (detected for CSV)
     */
    public BatchStatus receive(String partnerId, String format, String contentType, String charset, String fileName,
                               InputStream body) {
        PartnerConfig partner = partners.find(partnerId).orElseThrow(() -> new UnknownPartnerException(partnerId));
        String declaredCharset = charset != null && !charset.isBlank() ? charset : charsetOf(contentType);
        if (declaredCharset != null) {
            checkCharset(declaredCharset);
        }
        try {
            BufferedInputStream in = new BufferedInputStream(body == null ? InputStream.nullInputStream() : body, HEAD);
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            FeedFormat feedFormat = resolveFormat(partner, format, contentType, fileName, head);
            PayloadCheck.verify(feedFormat, head);
            return inbox.accept(partner.id(), feedFormat.name().toLowerCase(Locale.ROOT), declaredCharset, fileName, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the feed", e);
        }
    }

    private FeedFormat resolveFormat(PartnerConfig partner, String format, String contentType, String fileName, byte[] head) {
        if (format != null && !format.isBlank()) {
            return parseFormat(format);
        }
        String type = contentType == null ? null : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        boolean generic = type == null || type.isEmpty() || type.equals("application/octet-stream") || type.equals("text/plain");
        Optional<FeedFormat> detected = FeedFormat.detect(generic ? null : contentType, fileName, generic ? head : null);
        if (detected.isPresent()) {
            return detected.get();
        }
        if (!generic) {
            throw new UnsupportedFeedException("Content-Type '" + contentType + "' is not a feed format the hub reads: send "
                    + "application/json, application/x-ndjson, text/csv or an .xlsx spreadsheet, or name it with ?format=");
        }
        return IntakeOptions.defaultFormat(partner)
                .orElseThrow(() -> new UnsupportedFeedException("Cannot tell the feed's format: send a Content-Type or ?format=json|ndjson|csv|xlsx"));
    }

    static FeedFormat parseFormat(String format) {
        try {
            return FeedFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnsupportedFeedException("Unknown format '" + format + "': use one of "
                    + Arrays.toString(FeedFormat.values()).toLowerCase(Locale.ROOT));
        }
    }

    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").trim();
            }
        }
        return null;
    }

    private static void checkCharset(String charset) {
        try {
            Charset.forName(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedFeedException("Unknown charset '" + charset + "': use UTF-8 or GB18030 (GBK is read as GB18030)");
        }
    }
}
