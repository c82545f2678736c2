package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.BadRequestException;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import tools.jackson.databind.JsonNode;

/**
 * Inputs made to attack the transcoder, through the AWS SDK: playlists and lists that point at a
 * secret file or a loopback URL, http inputs on internal addresses, names that look like ffmpeg
 * options or paths out of the store, and oversized bodies. None reads the secret or reaches the
 * internal server; each is refused with the field or the reason named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTest {

    static final Path dataDir = TestMedia.tempDir("avengine-hostile");
    static final Path in = dataDir.resolve("storage/media/in");
    static final String SECRET = "AVENGINE-SECRET-7F3A";
    static final AtomicInteger internalRequests = new AtomicInteger();
    static HttpServer internal;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.storage.inputs.allow-http", () -> "true");
        registry.add("avengine.http.max-body-size", () -> "64KB");
    }

    @BeforeAll
    static void attacks() throws IOException {
        internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            internalRequests.incrementAndGet();
            byte[] body = SECRET.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        internal.start();
        Files.createDirectories(in);
        Path secret = Files.writeString(in.resolve("secret.txt"), (SECRET + "\n").repeat(20));
        TestMedia.clip(in.resolve("clip.mp4"), 320, 240, 2);
        String loopback = "http://127.0.0.1:" + internal.getAddress().getPort() + "/secret.mp4";
        String hls = "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n" + secret.toUri()
                + "\n#EXTINF:10,\nconcat:" + secret + "|" + in.resolve("clip.mp4") + "\n#EXTINF:10,\nsubfile,,start,0,end,0,,:"
                + secret + "\n#EXTINF:10,\n" + loopback + "\n#EXT-X-ENDLIST\n";
        Files.writeString(in.resolve("playlist.m3u8"), hls);
        Files.writeString(in.resolve("playlist.avi"), hls);
        Files.writeString(in.resolve("list.ffconcat"), "ffconcat version 1.0\nfile secret.txt\nfile clip.mp4\n");
        Files.writeString(in.resolve("list.mp4"), "ffconcat version 1.0\nfile secret.txt\n");
    }

    @AfterAll
    static void nothingLeftBehind() throws IOException {
        internal.stop(0);
        Path work = dataDir.resolve("work");
        if (Files.exists(work)) {
            try (Stream<Path> left = Files.list(work)) {
                assertThat(left.toList()).as("job work folders left behind").isEmpty();
            }
        }
    }

    @Test
    void playlistsAndConcatListsPointingAtASecretFileOrALoopbackUrlFailWithoutReadingThem() throws IOException {
        for (String file : List.of("playlist.m3u8", "playlist.avi", "list.ffconcat", "list.mp4")) {
            Job job = run("s3://media/in/" + file, "s3://media/out/attack/", JobSettingsFixtures.mp4(320, 240, "_x"));
            assertThat(job.status()).as(file).isEqualTo(JobStatus.ERROR);
            assertThat(job.errorCode()).as(file + ": " + job.errorMessage()).isIn(1010, 1030);
            assertThat(job.errorMessage()).as(file).contains(file).doesNotContain(SECRET);
        }
        assertThat(internalRequests).hasValue(0);
        assertNoOutputHolds(dataDir.resolve("storage/media/out"), SECRET);
    }

    @Test
    void anHttpInputOnALoopbackAddressIsRefusedAtCreateNamingTheField() {
        String url = "http://127.0.0.1:" + internal.getAddress().getPort() + "/film.mp4";
        assertThatThrownBy(() -> run(url, "s3://media/out/ssrf/", JobSettingsFixtures.mp4(320, 240, "_x")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("settings.inputs[0].fileInput")
                .hasMessageContaining("avengine.storage.inputs.allowed-networks");
        assertThatThrownBy(() -> run("http://169.254.169.254/latest/meta-data/iam", "s3://media/out/ssrf/",
                JobSettingsFixtures.mp4(320, 240, "_x"))).isInstanceOf(BadRequestException.class);
        assertThat(internalRequests).hasValue(0);
    }

    @Test
    void anHttpInputWhoseNameResolvesToLoopbackEndsInErrorWithoutAConnection() {
        Job job = run("http://localhost:" + internal.getAddress().getPort() + "/film.mp4", "s3://media/out/ssrf/",
                JobSettingsFixtures.mp4(320, 240, "_x"));
        assertThat(job.status()).isEqualTo(JobStatus.ERROR);
        assertThat(job.errorCode()).isEqualTo(1010);
        assertThat(job.errorMessage()).contains("resolves to 127.0.0.1").doesNotContain(SECRET);
        assertThat(internalRequests).hasValue(0);
    }

    @Test
    void namesAndMetadataThatLookLikeFfmpegOptionsStayNamesAndTags() {
        Output output = JobSettingsFixtures.mp4(320, 240, "-i").toBuilder().build();
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/clip.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/options/-map", output)).build();
        String id = client.createJob(r -> r.settings(settings)
                .userMetadata(Map.of("title", "-i /etc/passwd", "comment", "-f lavfi -i testsrc"))).job().id();
        Job job = MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(2));

        assertThat(job.status()).as(job.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        JsonNode probe = TestMedia.probe(dataDir.resolve("storage/media/out/options/-map-i.mp4"));
        assertThat(probe.get("streams")).hasSize(2);
        assertThat(probe.get("format").get("tags").get("title").asString()).isEqualTo("-i /etc/passwd");
        assertThat(probe.get("format").get("tags").get("comment").asString()).isEqualTo("-f lavfi -i testsrc");
    }

    @Test
    void pathsOutOfTheStoreInNameModifiersExtensionsAndDestinationsAreRefusedNamingTheField() throws Exception {
        String path = "settings.outputGroups[0].outputs[0]";
        for (String modifier : List.of("../../x", "a/b", "a\\\\b", "a\\u0000b", "%2e%2e%2fx")) {
            assertThat(create(job("s3://media/out/x/", "\"nameModifier\": \"" + modifier + "\"")))
                    .as(modifier).contains(path + ".nameModifier");
        }
        for (String extension : List.of("../mp4", "mp4/x", "mp4\\u0000")) {
            assertThat(create(job("s3://media/out/x/", "\"nameModifier\": \"_x\", \"extension\": \"" + extension + "\"")))
                    .as(extension).contains(path + ".extension");
        }
        assertThat(create(job("s3://media/../../etc/", "\"nameModifier\": \"_x\""))).contains("destination");
    }

    @Test
    void aBodyOverTheLimitIs413NamingTheSetting() throws Exception {
        String big = job("s3://media/out/x/", "\"nameModifier\": \"_x\"").replace("{\"settings\"",
                "{\"userMetadata\": {\"pad\": \"" + "x".repeat(70_000) + "\"}, \"settings\"");
        HttpResponse<String> response = post(big);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(response.body()).contains("avengine.http.max-body-size");
    }

    private Job run(String input, String destination, Output... outputs) {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input(input))
                .outputGroups(JobSettingsFixtures.fileGroup(destination, outputs)).build();
        String id = client.createJob(r -> r.settings(settings)).job().id();
        return MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(2));
    }

    private static String job(String destination, String outputMembers) {
        return """
                {"settings": {"inputs": [{"fileInput": "s3://media/in/clip.mp4"}],
                  "outputGroups": [{"outputGroupSettings": {"type": "FILE_GROUP_SETTINGS",
                    "fileGroupSettings": {"destination": "%s"}},
                    "outputs": [{%s, "containerSettings": {"container": "MP4"},
                      "videoDescription": {"codecSettings": {"codec": "H_264"}}}]}]}}""".formatted(destination, outputMembers);
    }

    /** POSTs a CreateJob that must be refused with 400; its body. */
    private String create(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return response.body();
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        HttpRequest request = SignedRequests.post(URI.create("http://127.0.0.1:" + port + "/2017-08-29/jobs"), body).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** No file under {@code folder} holds {@code secret}, as bytes or as text ffmpeg could have drawn. */
    private static void assertNoOutputHolds(Path folder, String secret) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(secret);
                assertThat(file.toString()).as("an output was written from a crafted input").doesNotContain("attack");
            }
        }
    }
}
