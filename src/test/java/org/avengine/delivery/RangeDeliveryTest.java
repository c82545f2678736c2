package org.avengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.avengine.TestMedia;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Several ranges in one request are answered with {@code 206 multipart/byteranges}, each part with
 * its own headers; too many ranges get the whole file; a 200 MB file of the local store is delivered
 * whole and in ranges while the server allocates far less memory than the file's size.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RangeDeliveryTest {

    static final Path dataDir = TestMedia.tempDir("avengine-ranges");
    static final Path storage = dataDir.resolve("storage");
    static final long LARGE = 200L * 1024 * 1024;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineStory.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineStory.ADMIN_SECRET);
        registry.add("avengine.delivery.max-ranges", () -> "4");
    }

    @BeforeAll
    static void media() throws IOException {
        TestMedia.generate(Files.createDirectories(storage.resolve("origins")).resolve("tone.wav"),
                List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=1"));
    }

    @Test
    void twoRangesAreAnsweredAsMultipartByterangesWithEachPartsHeaders() throws Exception {
        EngineStory story = EngineStory.admin(port, dataDir);
        String path = "/iiif-av/" + tone(story) + "/full/max/default.mp3";
        byte[] whole = story.raw("GET", path, null).body();

        var response = story.raw("GET", path, "bytes=0-9, 20-29");
        assertThat(response.statusCode()).isEqualTo(206);
        String type = response.headers().firstValue("Content-Type").orElseThrow();
        assertThat(type).matches("multipart/byteranges; ?boundary=\\w+");
        assertThat(response.headers().firstValueAsLong("Content-Length").orElseThrow()).isEqualTo(response.body().length);
        String boundary = type.substring(type.indexOf("boundary=") + "boundary=".length());
        String body = new String(response.body(), StandardCharsets.ISO_8859_1);
        String[] parts = body.split("\r\n--" + boundary);
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEmpty();
        assertThat(parts[1]).isEqualTo("\r\nContent-Type: audio/mpeg\r\nContent-Range: bytes 0-9/" + whole.length + "\r\n\r\n" + latin1(whole, 0, 10));
        assertThat(parts[2]).isEqualTo("\r\nContent-Type: audio/mpeg\r\nContent-Range: bytes 20-29/" + whole.length + "\r\n\r\n" + latin1(whole, 20, 30));
        assertThat(parts[3]).isEqualTo("--\r\n");
    }

    @Test
    void tooManyRangesGetTheWholeFileAndRangesBeyondTheEndAreLeftOutOr416() throws Exception {
        EngineStory story = EngineStory.admin(port, dataDir);
        String path = "/iiif-av/" + tone(story) + "/full/max/default.mp3";
        long size = story.raw("GET", path, null).body().length;
        String five = IntStream.range(0, 5).mapToObj(i -> i * 10 + "-" + (i * 10 + 1)).collect(Collectors.joining(","));

        var many = story.raw("GET", path, "bytes=" + five);
        assertThat(many.statusCode()).isEqualTo(200);
        assertThat(many.body()).hasSize((int) size);
        var oneLeft = story.raw("GET", path, "bytes=0-9," + size + "-");
        assertThat(oneLeft.statusCode()).isEqualTo(206);
        assertThat(oneLeft.headers().firstValue("Content-Range").orElseThrow()).isEqualTo("bytes 0-9/" + size);
        assertThat(story.raw("GET", path, "bytes=" + size + "-," + (size + 5) + "-").statusCode()).isEqualTo(416);
    }

    @Test
    void aTwoHundredMegabyteFileIsDeliveredWholeAndInRangesWithBoundedServerMemory() throws Exception {
        EngineStory story = EngineStory.admin(port, dataDir);
        String asset = tone(story);
        Path file = storage.resolve("avengine-storage/" + asset + "/full/max/default.mp3");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(LARGE);
            sparse.seek(LARGE - 4);
            sparse.write("tail".getBytes(StandardCharsets.US_ASCII));
        }
        String path = "/iiif-av/" + asset + "/full/max/default.mp3";
        long allocatedBefore = serverAllocatedBytes();
        assertThat(drain(story, path, null)).isEqualTo(LARGE);
        assertThat(drain(story, path, "bytes=100-" + (LARGE / 2))).isEqualTo(LARGE / 2 - 99);
        assertThat(story.raw("GET", path, "bytes=-4").body()).asString(StandardCharsets.US_ASCII).isEqualTo("tail");
        assertThat(story.raw("GET", path, "bytes=0-3," + (LARGE - 4) + "-").body()).asString(StandardCharsets.US_ASCII).contains("tail");
        assertThat(serverAllocatedBytes() - allocatedBefore).as("bytes allocated by the server's threads").isLessThan(LARGE / 4);
    }

    private static String tone(EngineStory story) throws Exception {
        String space = story.tenancy();
        story.send("PUT", space + "/images/tone", "{\"origin\": \"s3://origins/tone.wav\", \"mediaType\": \"audio/wav\"}");
        story.awaitFinished(space + "/images/tone");
        return space.replace("/customers/", "").replace("/spaces", "") + "/tone";
    }

    private static long drain(EngineStory story, String path, String range) throws Exception {
        var request = HttpRequest.newBuilder(story.uri(path)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    /** Bytes allocated so far by every live thread but this one and the HTTP client's. */
    private static long serverAllocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(t -> t != null && t.getThreadId() != Thread.currentThread().getId() && !t.getThreadName().startsWith("HttpClient"))
                .mapToLong(t -> t.getThreadId()).toArray();
        return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter(b -> b > 0).sum();
    }

    private static String latin1(byte[] bytes, int from, int to) {
        return new String(Arrays.copyOfRange(bytes, from, to), StandardCharsets.ISO_8859_1);
    }
}
