package org.loungehub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A partner's SFTP server for tests: one password user whose home is a temp folder under target/, on a free
 * loopback port, with a known_hosts file that holds its host key (so the hub's strict host key checking is on).
 */
public final class TestSftpServer implements DisposableBean {

    public static final String USERNAME = "hub";

    private final SshServer server;
    private final Path home;
    private final Path knownHosts;
    private final String password;

    private TestSftpServer(SshServer server, Path home, Path knownHosts, String password) {
        this.server = server;
        this.home = home;
        this.knownHosts = knownHosts;
        this.password = password;
    }

    static TestSftpServer start(Path folder, String password) {
        try {
            Path home = Files.createDirectories(folder.resolve("home")).toAbsolutePath();
            SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider();
            hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
            hostKeys.setKeySize(256);
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(0);
            server.setKeyPairProvider(hostKeys);
            server.setPasswordAuthenticator((user, given, session) -> USERNAME.equals(user) && password.equals(given));
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(home));
            server.start();
            KeyPair hostKey = hostKeys.loadKeys(null).iterator().next();
            Path knownHosts = folder.resolve("known_hosts");
            Files.writeString(knownHosts, "[127.0.0.1]:" + server.getPort() + " "
                    + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
            return new TestSftpServer(server, home, knownHosts, password);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test SFTP server", e);
        }
    }

    /** The user's home on the server's disk: what the hub sees as the root of its SFTP session. */
    public Path home() {
        return home;
    }

    public int port() {
        return server.getPort();
    }

    public Path knownHosts() {
        return knownHosts;
    }

    public String password() {
        return password;
    }

    @Override
    public void destroy() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
