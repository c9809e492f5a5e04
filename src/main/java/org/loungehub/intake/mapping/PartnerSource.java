package org.loungehub.intake.mapping;

import org.loungehub.intake.format.FeedFormat;

import java.net.URI;
import java.time.Duration;

/**
 * Where the hub pulls a partner's feed from. {@code format} is null when the partner's default format (or
 * detection from the file name) applies.
 */
public sealed interface PartnerSource {

    Duration delay();

    FeedFormat format();

    /** A local or mounted folder, polled for files matching a glob pattern. */
    record Folder(String path, String pattern, Duration delay, FeedFormat format) implements PartnerSource {
    }

    /** An SFTP folder; authenticates with a password or a private key file, never both. */
    record Sftp(String host, int port, String username, String password, String privateKeyFile, String path,
                String pattern, Duration delay, FeedFormat format) implements PartnerSource {

        @Override
        public String toString() {
            return "Sftp[" + username + "@" + host + ":" + port + ", path=" + path + ", pattern=" + pattern
                    + ", delay=" + delay + ", format=" + format
                    + (password != null ? ", password=***" : ", privateKeyFile=" + privateKeyFile) + "]";
        }
    }

    /** A URL fetched with GET every {@code delay}. */
    record Http(URI url, Duration delay, FeedFormat format) implements PartnerSource {
    }
}
