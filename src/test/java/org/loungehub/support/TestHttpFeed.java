package org.loungehub.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;

/**
 * A partner's HTTP export for tests, on a free loopback port: serves the feed last published with its ETag (404
 * before the first), answers 304 to a matching If-None-Match, and 403 without the access key in the query.
 */
public final class TestHttpFeed implements DisposableBean {

    public static final String QUERY = "key=it-secret";

    private record Feed(byte[] body, String contentType, String etag) {
    }

    private final HttpServer server;
    private final AtomicInteger fullAnswers = new AtomicInteger();
    private final AtomicInteger notModifiedAnswers = new AtomicInteger();
    private volatile Feed feed;

    private TestHttpFeed(HttpServer server) {
        this.server = server;
    }

    static TestHttpFeed start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TestHttpFeed feed = new TestHttpFeed(server);
            server.createContext("/", feed::answer);
            server.start();
            return feed;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test HTTP feed", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void publish(String body, String contentType, String etag) {
        feed = new Feed(body.getBytes(StandardCharsets.UTF_8), contentType, etag);
    }

    public int fullAnswers() {
        return fullAnswers.get();
    }

    public int notModifiedAnswers() {
        return notModifiedAnswers.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Feed current = feed;
            if (!QUERY.equals(exchange.getRequestURI().getRawQuery())) {
                exchange.sendResponseHeaders(403, -1);
            } else if (current == null) {
                exchange.sendResponseHeaders(404, -1);
            } else if (current.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("ETag", current.etag());
                exchange.sendResponseHeaders(304, -1);
                notModifiedAnswers.incrementAndGet();
            } else {
                exchange.getResponseHeaders().set("ETag", current.etag());
                exchange.getResponseHeaders().set("Content-Type", current.contentType());
                exchange.sendResponseHeaders(200, current.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(current.body());
                }
                fullAnswers.incrementAndGet();
            }
        }
    }

    @Override
    public void destroy() {
        server.stop(0);
    }
}
