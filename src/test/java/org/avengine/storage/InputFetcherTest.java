package org.avengine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class InputFetcherTest {

    @TempDir
    Path temp;

    Path work;
    Path files;
    static final List<String> LOOPBACK = List.of("127.0.0.0/8");

    HttpServer http;
    final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService httpThreads = Executors.newCachedThreadPool();
    LocalObjectStore store;

    @BeforeEach
    void start() throws IOException {
        work = temp.resolve("work");
        files = Files.createDirectories(temp.resolve("files")).toRealPath();
        store = new LocalObjectStore(temp.resolve("store"));
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/film.mp4", exchange -> respond(exchange, 200, "film".repeat(100), true));
        http.createContext("/big.mp4", exchange -> respond(exchange, 200, "x".repeat(5000), true));
        http.createContext("/big-chunked.mp4", exchange -> respond(exchange, 200, "x".repeat(5000), false));
        http.createContext("/busy", exchange -> respond(exchange, 503, "later", true));
        http.createContext("/moved", exchange -> redirect(exchange, "/film.mp4"));
        http.createContext("/to-https", exchange -> redirect(exchange, "https://example.org/film.mp4"));
        http.createContext("/stalls", this::stall);
        http.createContext("/slow", this::trickle);
        http.createContext("/protected/film.mp4", exchange -> {
            boolean known = ("Basic " + java.util.Base64.getEncoder().encodeToString("user:pass".getBytes(StandardCharsets.UTF_8)))
                    .equals(exchange.getRequestHeaders().getFirst("Authorization"));
            respond(exchange, known ? 200 : 401, known ? "film" : "who are you", true);
        });
        http.createContext("/protected/moved", exchange -> redirect(exchange, "/protected/film.mp4"));
        http.createContext("/to-loopback-address", exchange -> redirect(exchange,
                "http://127.0.0.1:" + http.getAddress().getPort() + "/film.mp4"));
        http.createContext("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        http.setExecutor(command -> {
            requests.incrementAndGet();
            httpThreads.execute(command);
        });
        http.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        http.stop(0);
        httpThreads.shutdownNow();
        httpThreads.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void readsLocalStoreObjectsInPlace() throws IOException {
        ObjectRef ref = new ObjectRef("media", "c/1/film.mp4");
        store.put(ref, "film".getBytes(StandardCharsets.UTF_8), "video/mp4");

        try (LocalInput input = fetcher(true).fetch(new StoreLocation(ref), work)) {
            assertThat(input.temporary()).isFalse();
            assertThat(input.path()).isEqualTo(store.localFile(ref).orElseThrow());
        }
        assertThat(store.exists(ref)).isTrue();
    }

    @Test
    void downloadsS3ObjectsIntoTheWorkFolderAndDeletesThemOnClose() throws Exception {
        try (S3ProxyServer s3 = S3ProxyServer.inMemory().createBucket("media");
                S3ObjectStore s3Store = new S3ObjectStore(s3.newClient(), s3.storageSettings(null, null))) {
            ObjectRef ref = new ObjectRef("media", "c/1/film name.mp4");
            s3Store.put(ref, "film".getBytes(StandardCharsets.UTF_8), "video/mp4");
            InputFetcher fetcher = new InputFetcher(s3Store, locations(true), properties(true, DataSize.ofKilobytes(1), LOOPBACK));

            LocalInput input = fetcher.fetch(new StoreLocation(ref), work);
            assertThat(input.temporary()).isTrue();
            assertThat(input.path()).hasParent(work).hasContent("film");
            assertThat(input.path().getFileName().toString()).endsWith("-film_name.mp4");
            input.close();
            assertThat(input.path()).doesNotExist();

            assertThatThrownBy(() -> fetcher.fetch(new StoreLocation(new ObjectRef("media", "none.mp4")), work))
                    .isInstanceOf(ObjectNotFoundException.class).hasMessageContaining("s3://media/none.mp4");
        }
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void readsAllowedFilesInPlaceAndReportsMissingOnes() throws IOException {
        Path film = Files.writeString(files.resolve("film.mp4"), "film");
        InputFetcher fetcher = fetcher(true);

        try (LocalInput input = fetcher.fetch(locations(true).parse(film.toString()), work)) {
            assertThat(input).isEqualTo(new LocalInput(film, false));
        }
        assertThat(film).exists();
        assertThatThrownBy(() -> fetcher.fetch(new FileLocation(files.resolve("none.mp4")), work))
                .isInstanceOf(ObjectNotFoundException.class).hasMessageContaining("none.mp4");
        assertThatThrownBy(() -> fetcher.fetch(new FileLocation(temp.resolve("store/x.mp4")), work))
                .isInstanceOf(LocationNotAllowedException.class);
    }

    @Test
    void downloadsHttpInputsFollowingAllowedRedirects() throws IOException {
        try (LocalInput input = fetcher(true).fetch(url("/moved"), work)) {
            assertThat(input.temporary()).isTrue();
            assertThat(input.path()).hasContent("film".repeat(100));
        }
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void sendsTheGivenHeadersToAnOriginThatNeedsBasicCredentials() throws IOException {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("user:pass".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> fetcher(true).fetch(url("/protected/film.mp4"), work))
                .isInstanceOf(StorageException.class).hasMessageContaining("HTTP 401");
        try (LocalInput input = fetcher(true).fetch(url("/protected/film.mp4"), work, java.util.Map.of("Authorization", basic))) {
            assertThat(input.path()).hasContent("film");
        }
        try (LocalInput input = fetcher(true).fetch(url("/protected/moved"), work, java.util.Map.of("Authorization", basic))) {
            assertThat(input.path()).hasContent("film");
        }
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void refusesDownloadsLargerThanTheLimitWhetherDeclaredOrNot() throws IOException {
        InputFetcher fetcher = fetcher(true);

        assertThatThrownBy(() -> fetcher.fetch(url("/big.mp4"), work))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("declares 5000 bytes")
                .hasMessageContaining("avengine.storage.inputs.max-download-size");
        assertThatThrownBy(() -> fetcher.fetch(url("/big-chunked.mp4"), work))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("sent more than 1024 bytes");
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void refusesRedirectsToSchemesThatAreNotAllowed() throws IOException {
        assertThatThrownBy(() -> fetcher(true).fetch(url("/to-https"), work))
                .isInstanceOf(LocationNotAllowedException.class)
                .hasMessageContaining("Refused the redirect from")
                .hasMessageContaining("allow-https=true");
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void refusesANameThatResolvesToLoopbackWithoutConnecting() throws IOException {
        HttpLocation byName = new HttpLocation(URI.create("http://localhost:" + http.getAddress().getPort() + "/film.mp4"));
        assertThatThrownBy(() -> fetcher(true, List.of()).fetch(byName, work))
                .isInstanceOf(LocationNotAllowedException.class)
                .hasMessageContaining("resolves to 127.0.0.1").hasMessageContaining("avengine.storage.inputs.allowed-networks");
        assertThat(requests).hasValue(0);
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void checksEveryRedirectAgainstTheAllowedNetworks() throws IOException {
        HttpLocation allowedByName = new HttpLocation(URI.create("http://localhost:" + http.getAddress().getPort()
                + "/to-loopback-address"));
        assertThatThrownBy(() -> fetcher(true, List.of("localhost")).fetch(allowedByName, work))
                .isInstanceOf(LocationNotAllowedException.class)
                .hasMessageContaining("Refused the redirect from").hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> fetcher(true).fetch(url("/to-metadata"), work))
                .isInstanceOf(LocationNotAllowedException.class).hasMessageContaining("169.254.169.254");
        assertThat(requests).hasValue(2);
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void refusesHttpWhenOnlyHttpsIsAllowed() {
        assertThatThrownBy(() -> locations(false).parse(url("/film.mp4").uri().toString()))
                .isInstanceOf(LocationNotAllowedException.class)
                .hasMessageContaining("allow-http=true");
    }

    @Test
    void reportsMissingAndFailingServersWithTheRightRetryHint() {
        InputFetcher fetcher = fetcher(true);

        assertThatThrownBy(() -> fetcher.fetch(url("/nothing.mp4"), work))
                .isInstanceOf(ObjectNotFoundException.class).hasMessageContaining("/nothing.mp4 (HTTP 404)");
        assertThatThrownBy(() -> fetcher.fetch(url("/busy"), work))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.isTransient()).isTrue())
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void abortsADownloadThatStalls() throws IOException {
        assertThatThrownBy(() -> fetcher(true).fetch(url("/stalls"), work))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.isTransient()).isTrue())
                .hasMessageContaining("no data for PT0.5S");
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void keepsDownloadingPastTheReadTimeoutWhileBytesKeepArriving() throws IOException {
        try (LocalInput input = fetcher(true).fetch(url("/slow"), work)) {
            assertThat(input.path()).hasContent("0123456789");
        }
    }

    @Test
    void hidesQueryStringsThatMayHoldCredentials() {
        assertThat(HttpDownloader.shown(URI.create("https://user:pw@example.org:8443/a.mp4?X-Amz-Signature=s")))
                .isEqualTo("https://example.org:8443/a.mp4?...");
    }

    private InputFetcher fetcher(boolean allowHttp) {
        return fetcher(allowHttp, LOOPBACK);
    }

    private InputFetcher fetcher(boolean allowHttp, List<String> allowedNetworks) {
        StorageProperties properties = properties(allowHttp, DataSize.ofKilobytes(1), allowedNetworks);
        return new InputFetcher(store, new Locations(properties), properties);
    }

    private Locations locations(boolean allowHttp) {
        return new Locations(properties(allowHttp, DataSize.ofKilobytes(1), LOOPBACK));
    }

    private StorageProperties properties(boolean allowHttp, DataSize maxDownload, List<String> allowedNetworks) {
        return new StorageProperties(null, null, null, new StorageProperties.Inputs(List.of(files), false, allowHttp,
                maxDownload, Duration.ofSeconds(2), Duration.ofMillis(500), allowedNetworks));
    }

    private HttpLocation url(String path) {
        return new HttpLocation(URI.create("http://127.0.0.1:" + http.getAddress().getPort() + path));
    }

    private List<Path> workFiles() throws IOException {
        if (!Files.exists(work)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(work)) {
            return list.toList();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body, boolean withLength) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, withLength ? bytes.length : 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** Ten bytes over two seconds, four times the read timeout, never idle for more than 200ms. */
    private void trickle(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 10);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 10; i++) {
                out.write('0' + i);
                out.flush();
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stall(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("start".getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            Thread.sleep(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }
}
