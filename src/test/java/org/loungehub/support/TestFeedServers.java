package org.loungehub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the partners' servers of the pull tests (SFTP, HTTP) before the hub's context, whose pull routes start
 * with it, and tells the test partners (src/test/resources/partners) where they are through test.* properties.
 * They live and stop with the context, which all integration tests share; without them (a context that does not
 * use this initializer) the test partners' defaults point at a closed port and their polls only log.
 */
public class TestFeedServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path folder = folder();
        TestSftpServer sftp = TestSftpServer.start(folder, "pw&+% " + UUID.randomUUID());
        TestHttpFeed http = TestHttpFeed.start();
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton("testSftpServer", sftp);
        beans.registerDisposableBean("testSftpServer", sftp);
        beans.registerSingleton("testHttpFeed", http);
        beans.registerDisposableBean("testHttpFeed", http);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-feed-servers", Map.of(
                "test.sftp.port", sftp.port(),
                "test.sftp.password", sftp.password(),
                "test.sftp.known-hosts", sftp.knownHosts().toAbsolutePath().toString(),
                "test.http.url", http.baseUrl())));
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target/it-feed-servers")), "run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
