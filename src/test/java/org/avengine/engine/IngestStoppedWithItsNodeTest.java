package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.avengine.MediaConvertClients;
import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

/**
 * A node that stops while it ingests an asset: the ingest is stopped, not failed. Its lease ends at
 * once instead of running out, the asset stays INGESTING without an error however the interrupted
 * copy or probe ends, and the next claim (here the same worker started again) ingests it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class IngestStoppedWithItsNodeTest {

    static final Path dataDir = TestMedia.tempDir("avengine-ingest-stopped");
    static final CountDownLatch requested = new CountDownLatch(1);
    static final CountDownLatch release = new CountDownLatch(1);
    static final AtomicInteger requests = new AtomicInteger();
    static HttpServer origin;
    static byte[] tone;

    @LocalServerPort
    int port;
    @Autowired
    IngestWorker worker;
    @Autowired
    Assets assets;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineClient.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineClient.ADMIN_SECRET);
        registry.add("avengine.storage.inputs.allowed-networks", () -> "127.0.0.1/32");
        registry.add("avengine.storage.inputs.allow-http", () -> "true");
        registry.add("avengine.engine.ingest.poll-interval", () -> "100ms");
    }

    /** An origin whose first answer stops after its first kilobyte until the test lets it go on. */
    @BeforeAll
    static void stallingOrigin() throws IOException {
        Path wav = TestMedia.generate(dataDir.resolve("tone.wav"), List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=1"));
        tone = Files.readAllBytes(wav);
        origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        origin.createContext("/tone.wav", exchange -> {
            boolean first = requests.incrementAndGet() == 1;
            exchange.getResponseHeaders().set("Content-Type", "audio/wav");
            exchange.sendResponseHeaders(200, tone.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(tone, 0, 1024);
                body.flush();
                if (first) {
                    requested.countDown();
                    release.await(60, TimeUnit.SECONDS);
                }
                body.write(tone, 1024, tone.length - 1024);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        origin.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        origin.start();
    }

    @AfterAll
    static void stopOrigin() {
        release.countDown();
        origin.stop(0);
    }

    @Test
    void anIngestStoppedWithItsNodeIsNeitherFailedNorLeftWaitingForItsLease() throws InterruptedException {
        EngineClient admin = EngineClient.admin(port);
        int customer = admin.created("/customers", "{\"name\": \"stopping\"}").get("id").asInt();
        int space = admin.created("/customers/" + customer + "/spaces", "{\"name\": \"av\"}").get("id").asInt();
        AssetId id = new AssetId(customer, space, "tone");
        EngineClient.Response put = admin.put("/customers/" + customer + "/spaces/" + space + "/images/tone", """
                {"origin": "http://127.0.0.1:%d/tone.wav", "mediaType": "audio/wav",
                 "deliveryChannels": [{"channel": "iiif-av", "policy": "default-audio"}]}""".formatted(origin.getAddress().getPort()));
        assertThat(put.status()).as(put.body()).isBetween(200, 201);
        assertThat(requested.await(30, TimeUnit.SECONDS)).as("the worker fetching the origin").isTrue();
        String token = assets.find(id).orElseThrow().ingestToken();

        worker.stop();
        long lease = jdbc.sql("SELECT ingest_lease_until FROM engine_assets WHERE customer_id = :c AND space_id = :s AND id = 'tone'")
                .param("c", customer).param("s", space).query(Long.class).single();
        assertThat(Instant.ofEpochMilli(lease)).as("the stopped ingest's lease").isBefore(Instant.now());

        release.countDown();
        Instant watchUntil = Instant.now().plusSeconds(4);
        while (Instant.now().isBefore(watchUntil)) {
            Asset asset = assets.find(id).orElseThrow();
            assertThat(asset.state()).as("the asset after its ingest was stopped").isEqualTo(AssetState.INGESTING);
            assertThat(asset.error()).isNull();
            Thread.sleep(200);
        }

        worker.start();
        MediaConvertClients.awaitTrue("the asset to be ingested by the next claim", Duration.ofMinutes(1),
                () -> assets.find(id).orElseThrow().state() == AssetState.DONE);
        Asset done = assets.find(id).orElseThrow();
        assertThat(done.error()).isNull();
        assertThat(done.ingestToken()).isNotEqualTo(token);
        assertThat(done.transcodes()).extracting(Transcode::preset).containsExactly("audio-mp3-128");
        assertThat(requests.get()).as("the origin fetched again").isEqualTo(2);
    }
}
