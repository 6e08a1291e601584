package io.github.hetznerimages.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The stand-in API of the fresh-JVM benchmark, run as its own process (see {@link FreshJvmBenchmark}): the JDK's
 * HTTP/1.1 server on a loopback port, serving {@code GET /images/{id}} and {@code GET /images?page=&per_page=} over
 * {@value #IMAGES} images with the API's {@code meta.pagination} and {@code RateLimit-*} headers (a bucket of 3,600
 * that refills one request a second, full after each reset), each answer sent after a fixed added latency.
 *
 * <p>Arguments: the added latency in milliseconds and the lifetime in seconds (it exits after it, so a forgotten
 * server cannot outlive the benchmark); optionally a PKCS12 key store and its password, to serve HTTPS (HTTP/1.1
 * over TLS) instead. It prints {@code READY <port>} once it listens. {@code GET /__bench/stats}
 * answers what it saw since {@code GET /__bench/reset}: requests per kind, TCP connections (client ports), requests
 * asking for an {@code h2c} upgrade and requests announcing {@code Accept-Encoding}.
 */
public final class FreshJvmServer {

    /** How many images the list holds. */
    static final int IMAGES = 2_000;

    private static final int RATE_LIMIT = 3_600;

    private final long latencyMillis;
    private final byte[][] images = new byte[IMAGES + 1][];
    private final ConcurrentHashMap<String, byte[]> pages = new ConcurrentHashMap<>();
    private final AtomicLong retrieves = new AtomicLong();
    private final AtomicLong lists = new AtomicLong();
    private final AtomicLong others = new AtomicLong();
    private final AtomicLong upgrades = new AtomicLong();
    private final AtomicLong compressed = new AtomicLong();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private volatile long bucketResetNanos = System.nanoTime();

    private FreshJvmServer(long latencyMillis) {
        this.latencyMillis = latencyMillis;
        for (int id = 1; id <= IMAGES; id++) {
            images[id] = ("{\"image\":" + ImageJson.image(id) + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * Starts the server.
     *
     * @param args the added latency in milliseconds, and the lifetime in seconds
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        // without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~40 ms a call
        System.setProperty("sun.net.httpserver.nodelay", "true");
        long latency = Long.parseLong(args[0]);
        long lifetimeSeconds = Long.parseLong(args[1]);
        FreshJvmServer api = new FreshJvmServer(latency);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        HttpServer server;
        if (args.length > 2) {
            HttpsServer https = HttpsServer.create(address, 128);
            https.setHttpsConfigurator(new HttpsConfigurator(tls(Path.of(args[2]), args[3])));
            server = https;
        } else {
            server = HttpServer.create(address, 128);
        }
        ExecutorService workers = Executors.newFixedThreadPool(64);
        server.setExecutor(workers);
        server.createContext("/", api::handle);
        server.start();
        System.out.println("READY " + server.getAddress().getPort());
        System.out.flush();
        Thread.sleep(TimeUnit.SECONDS.toMillis(lifetimeSeconds));
        server.stop(0);
        workers.shutdownNow();
        System.exit(0);
    }

    /** The server's TLS set-up from a PKCS12 key store (the harness makes one with a self-signed key). */
    private static SSLContext tls(Path keyStore, String password) throws IOException {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException ex) {
            throw new IOException("cannot set up TLS from " + keyStore, ex);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/__bench/")) {
                control(exchange, path);
                return;
            }
            clientPorts.add(exchange.getRemoteAddress().getPort());
            String upgrade = exchange.getRequestHeaders().getFirst("Upgrade");
            if (upgrade != null && upgrade.toLowerCase(java.util.Locale.ROOT).contains("h2c")) {
                upgrades.incrementAndGet();
            }
            if (exchange.getRequestHeaders().getFirst("Accept-Encoding") != null) {
                compressed.incrementAndGet();
            }
            exchange.getRequestBody().readAllBytes();
            if (latencyMillis > 0) {
                Thread.sleep(latencyMillis);
            }
            int status = 200;
            byte[] body;
            if (path.equals("/images")) {
                lists.incrementAndGet();
                body = page(exchange.getRequestURI().getRawQuery());
                if (body == null) {
                    status = 422;
                    body = error("invalid_input", "bad page or per_page");
                }
            } else if (path.startsWith("/images/")) {
                retrieves.incrementAndGet();
                long id = parseId(path.substring("/images/".length()));
                if (id >= 1 && id <= IMAGES) {
                    body = images[(int) id];
                } else {
                    status = 404;
                    body = error("not_found", "image not found");
                }
            } else {
                others.incrementAndGet();
                status = 404;
                body = error("not_found", "no such path");
            }
            rateLimitHeaders(exchange);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void control(HttpExchange exchange, String path) throws IOException {
        String text;
        if (path.equals("/__bench/reset")) {
            retrieves.set(0);
            lists.set(0);
            others.set(0);
            upgrades.set(0);
            compressed.set(0);
            clientPorts.clear();
            bucketResetNanos = System.nanoTime();
            text = "reset";
        } else {
            text = "retrieves=" + retrieves.get() + " lists=" + lists.get() + " others=" + others.get()
                    + " connections=" + clientPorts.size() + " h2cUpgrades=" + upgrades.get()
                    + " acceptEncoding=" + compressed.get();
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A bucket of 3,600 that refills one a second: what the API sends, so the client's budget logic runs. */
    private void rateLimitHeaders(HttpExchange exchange) {
        long used = retrieves.get() + lists.get() + others.get();
        long refilled = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - bucketResetNanos);
        long remaining = Math.max(0, Math.min(RATE_LIMIT, RATE_LIMIT - used + refilled));
        long resetEpoch = System.currentTimeMillis() / 1000 + (RATE_LIMIT - remaining);
        exchange.getResponseHeaders().set("RateLimit-Limit", Integer.toString(RATE_LIMIT));
        exchange.getResponseHeaders().set("RateLimit-Remaining", Long.toString(remaining));
        exchange.getResponseHeaders().set("RateLimit-Reset", Long.toString(resetEpoch));
    }

    /** The page's body, {@code null} when the query is invalid. */
    private byte[] page(String query) {
        long page = 1;
        long perPage = 25;
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                if (parts.length == 2 && parts[0].equals("page")) {
                    page = parseId(parts[1]);
                } else if (parts.length == 2 && parts[0].equals("per_page")) {
                    perPage = parseId(parts[1]);
                }
            }
        }
        if (page < 1 || perPage < 1 || perPage > 50) {
            return null;
        }
        long p = page;
        long size = perPage;
        return pages.computeIfAbsent(p + "/" + size, key -> renderPage(p, size));
    }

    private byte[] renderPage(long page, long perPage) {
        long lastPage = Math.max(1, (IMAGES + perPage - 1) / perPage);
        StringBuilder json = new StringBuilder(64 + (int) perPage * 700).append("{\"images\":[");
        long from = (page - 1) * perPage;
        long to = Math.min(IMAGES, page * perPage);
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
                .append(IMAGES)
                .append("}}}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException ex) {
            return -1;
        }
    }

    private static byte[] error(String code, String message) {
        return ("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":{}}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
