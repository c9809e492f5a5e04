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

    /**
     * An SFTP folder; authenticates with a password or a private key file, never both. The server's host key is
     * checked against {@code knownHostsFile} (null: the hub user's ~/.ssh/known_hosts) unless
     * {@code strictHostKeyChecking} is turned off for that source.
     */
    record Sftp(String host, int port, String username, String password, String privateKeyFile, String path,
                String pattern, Duration delay, FeedFormat format, String knownHostsFile,
                boolean strictHostKeyChecking) implements PartnerSource {

        @Override
        public String toString() {
            return "Sftp[" + username + "@" + host + ":" + port + ", path=" + path + ", pattern=" + pattern
                    + ", delay=" + delay + ", format=" + format
                    + (password != null ? ", password=***" : ", privateKeyFile=" + privateKeyFile)
                    + ", knownHostsFile=" + (knownHostsFile == null ? "~/.ssh/known_hosts" : knownHostsFile)
                    + (strictHostKeyChecking ? "" : ", strictHostKeyChecking=false") + "]";
        }
    }

    /** A URL fetched with GET every {@code delay}. */
    record Http(URI url, Duration delay, FeedFormat format) implements PartnerSource {
    }
}
