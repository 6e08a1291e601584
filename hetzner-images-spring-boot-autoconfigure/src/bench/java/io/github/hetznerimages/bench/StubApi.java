package io.github.hetznerimages.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny stand-in for the Hetzner API on the JDK's own HTTP server: {@code GET /images/{id}} answers one fixed
 * image, {@code GET /images?page=&per_page=} pages through {@code total} generated images with the API's
 * {@code meta.pagination}. Every answer carries the rate-limit headers and waits the configured latency first.
 * It counts the requests it serves.
 */
final class StubApi implements AutoCloseable {

    static {
        // Without TCP_NODELAY, the JDK server's separate header and body writes meet delayed ACKs: ~40 ms a call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final AtomicLong requests = new AtomicLong();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final byte[] singleImage;
    private volatile int total;
    private volatile long latencyMillis;

    private StubApi(int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "stub-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/images", this::handle);
        singleImage = ("{\"image\":" + ImageJson.image(4711) + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** Starts a server on a free loopback port with {@code threads} request threads. */
    static StubApi start(int threads) {
        try {
            StubApi api = new StubApi(threads);
            api.server.start();
            return api;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:34567}. */
    String baseUrl() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getHostString() + ":" + address.getPort();
    }

    /** Sets how many images the list holds. */
    StubApi total(int images) {
        this.total = images;
        return this;
    }

    /** Sets how long every answer waits before it is sent. */
    StubApi latencyMillis(long millis) {
        this.latencyMillis = millis;
        return this;
    }

    /** The requests served since the last reset. */
    long requests() {
        return requests.get();
    }

    /** The TCP connections the requests since the last reset came on (by client port). */
    int connections() {
        return clientPorts.size();
    }

    /** Sets the request and connection counts back to zero. */
    void resetRequests() {
        requests.set(0);
        clientPorts.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long served = requests.incrementAndGet();
        clientPorts.add(exchange.getRemoteAddress().getPort());
        try (exchange) {
            if (latencyMillis > 0) {
                Thread.sleep(latencyMillis);
            }
            URI uri = exchange.getRequestURI();
            byte[] body = uri.getPath().equals("/images") ? listPage(uri.getRawQuery()) : singleImage;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("RateLimit-Limit", "3600");
            exchange.getResponseHeaders().set("RateLimit-Remaining", Long.toString(Math.max(100, 3600 - served)));
            exchange.getResponseHeaders().set("RateLimit-Reset", "1767225600");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] listPage(String query) {
        long page = 1;
        long perPage = 25;
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                if (parts[0].equals("page")) {
                    page = Long.parseLong(parts[1]);
                } else if (parts[0].equals("per_page")) {
                    perPage = Long.parseLong(parts[1]);
                }
            }
        }
        int count = total;
        long lastPage = Math.max(1, (count + perPage - 1) / perPage);
        StringBuilder json = new StringBuilder(64 + (int) perPage * 700).append("{\"images\":[");
        long from = (page - 1) * perPage;
        long to = Math.min(count, page * perPage);
        for (long index = from; index < to; index++) {
            if (index > from) {
                json.append(',');
            }
            json.append(ImageJson.image(index + 1));
        }
        json.append("],\"meta\":{\"pagination\":{\"page\":")
                .append(page)
                .append(",\"per_page\":")
                .append(perPage)
                .append(",\"previous_page\":")
                .append(page > 1 ? Long.toString(page - 1) : "null")
                .append(",\"next_page\":")
                .append(page < lastPage ? Long.toString(page + 1) : "null")
                .append(",\"last_page\":")
                .append(lastPage)
                .append(",\"total_entries\":")
                .append(count)
                .append("}}}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
