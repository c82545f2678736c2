package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.BadRequestException;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A streaming team's journey, driven with the AWS SDK: the user guide's three-rendition HLS job file
 * runs unchanged (but for its locations and a shorter segment length), DASH and CMAF groups make
 * manifests that ffprobe opens, and file, HLS and DASH groups come out of one job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StreamingJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-streaming");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern ATTRIBUTE = Pattern.compile("([A-Z-]+)=(\"[^\"]*\"|[^,]*)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void media() throws IOException {
        Path in = Files.createDirectories(dataDir.resolve("storage/media/in"));
        TestMedia.clip(in.resolve("clip.mp4"), 640, 360, 5);
    }

    @Test
    void theUserGuidesHlsJobFileSentWithTheAwsCliMakesAMultivariantPlaylistWithThreeVariants() throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(Files.readString(fixture("03-docs-hls-abr-3-renditions.job.json")));
        ObjectNode settings = (ObjectNode) file.get("Settings");
        ((ObjectNode) settings.get("Inputs").get(0)).put("FileInput", "s3://media/in/clip.mp4");
        ((ObjectNode) settings.get("OutputGroups").get(0).get("OutputGroupSettings").get("HlsGroupSettings"))
                .put("Destination", "s3://media/out/abr/master").put("SegmentLength", 2);
        Path jobFile = dataDir.resolve("abr-job.json");
        Files.writeString(jobFile, file.toString());
        String id = AwsCli.run(AwsCli.find(), port, "mediaconvert", "create-job", "--cli-input-json", "file://" + jobFile)
                .get("Job").get("Id").asString();
        MediaConvertClient client = MediaConvertClients.at(port);

        Job done = MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(3));
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);

        Path out = dataDir.resolve("storage/media/out/abr");
        Map<String, Map<String, String>> variants = variants(out.resolve("master.m3u8"));
        assertThat(variants).containsOnlyKeys("master_high.m3u8", "master_med.m3u8", "master_low.m3u8");
        assertVariant(variants.get("master_high.m3u8"), "1920x1080", "avc1.640028,mp4a.40.2", 8_500_000 + 128_000);
        // AUTO level: x264 picks 3.2 for 7.5 Mb/s with a 15 Mb buffer, and CODECS says what the stream is
        assertVariant(variants.get("master_med.m3u8"), "1280x720", "avc1.4d4020,mp4a.40.2", 7_500_000 + 96_000);
        assertVariant(variants.get("master_low.m3u8"), "960x540", "avc1.4d401f,mp4a.40.2", 3_500_000 + 96_000);
        assertThat(out.resolve("master_high_00001.ts")).exists();
        for (var size : Map.of("master_high", 1080, "master_med", 720, "master_low", 540).entrySet()) {
            String name = size.getKey();
            JsonNode probe = TestMedia.probe(out.resolve(name + ".m3u8"));
            assertThat(TestMedia.stream(probe, "video").get("codec_name").asString()).isEqualTo("h264");
            assertThat(TestMedia.stream(probe, "video").get("height").asInt()).isEqualTo(size.getValue());
            assertThat(TestMedia.stream(probe, "audio").get("codec_name").asString()).isEqualTo("aac");
            assertThat(TestMedia.duration(probe)).isCloseTo(5.0, within(0.2));
            assertThat(segmentDurations(out.resolve(name + ".m3u8"))).hasSize(3)
                    .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(2.1))
                    .first().satisfies(d -> assertThat(d).isCloseTo(2.0, within(0.1)));
        }
        assertThat(TestMedia.probe(out.resolve("master.m3u8")).get("streams")).hasSize(6);

        for (JsonNode group : List.of(getJob(done.id()).get("outputGroupDetails").get(0), completeEvent(done.id()).get(0))) {
            assertThat(group.get("type").asString()).isEqualTo("HLS_GROUP");
            assertThat(group.get("playlistFilePaths").get(0).asString()).isEqualTo("s3://media/out/abr/master.m3u8");
            JsonNode first = group.get("outputDetails").get(0);
            assertThat(first.get("outputFilePaths").get(0).asString()).isEqualTo("s3://media/out/abr/master_high.m3u8");
            assertThat(first.get("durationInMs").asInt()).isBetween(4800, 5200);
            assertThat(first.get("videoDetails").get("widthInPx").asInt()).isEqualTo(1920);
            assertThat(group.get("outputDetails").get(2).get("videoDetails").get("heightInPx").asInt()).isEqualTo(540);
        }
    }

    @Test
    void fileHlsAndDashGroupsComeOutOfOneJob() throws Exception {
        OutputGroup file = JobSettingsFixtures.fileGroup("s3://media/out/mixed/file/", JobSettingsFixtures.mp4(320, 180, "_mp4"));
        OutputGroup hls = StreamingFixtures.hls("s3://media/out/mixed/hls/index", 2,
                StreamingFixtures.video("CMFC", 320, 180, 300_000, "_180p"), StreamingFixtures.audio("CMFC", "_aac"));
        OutputGroup dash = StreamingFixtures.dash("s3://media/out/mixed/dash/stream", 2,
                StreamingFixtures.video("MPD", 640, 360, 600_000, "_360p"), StreamingFixtures.video("MPD", 320, 180, 300_000, "_180p"),
                StreamingFixtures.audio("MPD", "_aac"));
        Job done = run(file, hls, dash);

        Path out = dataDir.resolve("storage/media/out/mixed");
        assertThat(TestMedia.duration(TestMedia.probe(out.resolve("file/clip_mp4.mp4")))).isCloseTo(5.0, within(0.2));
        Map<String, Map<String, String>> variants = variants(out.resolve("hls/index.m3u8"));
        assertThat(variants.get("index_180p.m3u8")).containsEntry("AUDIO", "\"group_program_audio\"")
                .containsEntry("RESOLUTION", "320x180");
        assertThat(out.resolve("hls/index_180p_init.mp4")).exists();
        JsonNode hlsProbe = TestMedia.probe(out.resolve("hls/index.m3u8"));
        assertThat(TestMedia.stream(hlsProbe, "audio").get("codec_name").asString()).isEqualTo("aac");

        assertThat(out.resolve("dash/stream_360p_init.mp4")).exists();
        assertThat(out.resolve("dash/stream_180p_000000001.mp4")).exists();
        assertThat(out.resolve("dash/stream_aac_000000003.mp4")).exists();
        String mpd = Files.readString(out.resolve("dash/stream.mpd"));
        assertThat(mpd).contains("contentType=\"video\"", "contentType=\"audio\"", "width=\"640\"", "width=\"320\"");
        JsonNode dashProbe = TestMedia.probe(out.resolve("dash/stream.mpd"));
        assertThat(dashProbe.get("streams").valueStream().map(s -> s.get("codec_name").asString()))
                .containsExactlyInAnyOrder("h264", "h264", "aac");
        assertThat(TestMedia.duration(dashProbe)).isCloseTo(5.0, within(0.2));

        JsonNode groups = getJob(done.id()).get("outputGroupDetails");
        assertThat(groups.valueStream().map(g -> g.get("type").asString()))
                .containsExactly("FILE_GROUP", "HLS_GROUP", "DASH_ISO_GROUP");
        assertThat(groups.get(2).get("playlistFilePaths").get(0).asString()).isEqualTo("s3://media/out/mixed/dash/stream.mpd");
        assertThat(groups.get(2).get("outputDetails").get(1).get("videoDetails").get("widthInPx").asInt()).isEqualTo(320);
    }

    @Test
    void aCmafGroupWritesAnHlsPlaylistAndADashManifestOverTheSameSegments() throws Exception {
        Job done = run(StreamingFixtures.cmaf("s3://media/out/cmaf/stream", 2,
                StreamingFixtures.video("CMFC", 640, 360, 600_000, "_360p"), StreamingFixtures.audio("CMFC", "_aac")));

        Path out = dataDir.resolve("storage/media/out/cmaf");
        for (String manifest : List.of("stream.m3u8", "stream.mpd")) {
            JsonNode probe = TestMedia.probe(out.resolve(manifest));
            assertThat(TestMedia.stream(probe, "video").get("height").asInt()).isEqualTo(360);
            assertThat(TestMedia.stream(probe, "audio").get("codec_name").asString()).isEqualTo("aac");
            assertThat(TestMedia.duration(probe)).isCloseTo(5.0, within(0.2));
        }
        assertThat(variants(out.resolve("stream.m3u8")).values()).anySatisfy(v ->
                assertThat(v.get("CODECS")).isEqualTo("\"avc1.64001e,mp4a.40.2\""));
        JsonNode group = getJob(done.id()).get("outputGroupDetails").get(0);
        assertThat(group.get("type").asString()).isEqualTo("CMAF_GROUP");
        assertThat(group.get("playlistFilePaths").valueStream().map(JsonNode::asString))
                .containsExactly("s3://media/out/cmaf/stream.m3u8", "s3://media/out/cmaf/stream.mpd");
        assertThat(group.get("outputDetails").get(0).get("outputFilePaths").get(0).asString())
                .isEqualTo("s3://media/out/cmaf/stream_360p.m3u8");
        assertThat(group.get("outputDetails").get(0).get("videoDetails").get("heightInPx").asInt()).isEqualTo(360);
        assertThat(group.get("outputDetails").get(1).get("durationInMs").asInt()).isBetween(4800, 5200);
    }

    @Test
    void streamingGroupsRefuseWhatTheyCannotHoldNamingTheField() {
        MediaConvertClient client = MediaConvertClients.at(port);
        var webm = JobSettingsFixtures.webm(320, 180, "_webm");
        var zero = StreamingFixtures.hls("s3://media/out/bad/master", 2, StreamingFixtures.muxed("M3U8", 320, 180, 300_000, "_a"));
        zero = zero.toBuilder().outputGroupSettings(zero.outputGroupSettings().toBuilder().hlsGroupSettings(
                zero.outputGroupSettings().hlsGroupSettings().toBuilder().segmentLength(0).build()).build()).build();
        var unnamed = StreamingFixtures.hls("s3://media/out/bad/other", 2, StreamingFixtures.muxed("M3U8", 320, 180, 300_000, null),
                StreamingFixtures.muxed("CMFC", 320, 180, 300_000, "_fmp4"));
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/clip.mp4"))
                .outputGroups(StreamingFixtures.hls("s3://media/out/bad/master", 2, webm), zero, unnamed).build();

        assertThatThrownBy(() -> client.createJob(r -> r.settings(settings)))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("settings.outputGroups[0].outputs[0].containerSettings.container: WEBM is not supported")
                .hasMessageContaining("settings.outputGroups[1].outputGroupSettings.hlsGroupSettings.segmentLength: must be at least 1")
                .hasMessageContaining("settings.outputGroups[2].outputs[0].nameModifier: required in HLS groups")
                .hasMessageContaining("settings.outputGroups[2].outputs[1].containerSettings.container: all outputs of HLS groups use the same");
    }

    /** A job file of the shared fixtures, beside the project (or beside the worktree folder it is checked out in). */
    static Path fixture(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/fixtures/mediaconvert").resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/fixtures/mediaconvert/" + name + " above " + Path.of("").toAbsolutePath());
    }

    private Job run(OutputGroup... groups) {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/clip.mp4"))
                .outputGroups(groups).build();
        Job done = MediaConvertClients.awaitFinal(client, client.createJob(r -> r.settings(settings)).job().id(),
                Duration.ofMinutes(2));
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        return done;
    }

    private static void assertVariant(Map<String, String> variant, String resolution, String codecs, int configured) {
        assertThat(variant).containsEntry("RESOLUTION", resolution).containsEntry("CODECS", "\"" + codecs + "\"");
        long peak = Long.parseLong(variant.get("BANDWIDTH"));
        long average = Long.parseLong(variant.get("AVERAGE-BANDWIDTH"));
        assertThat(average).isPositive().isLessThanOrEqualTo(peak);
        assertThat(peak).isLessThan(configured * 3L / 2);
    }

    /** The multivariant playlist's variants by URI, each with its EXT-X-STREAM-INF attributes. */
    static Map<String, Map<String, String>> variants(Path master) throws IOException {
        List<String> lines = Files.readAllLines(master);
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("#EXT-X-STREAM-INF:")) {
                Map<String, String> attributes = new LinkedHashMap<>();
                Matcher m = ATTRIBUTE.matcher(lines.get(i).substring("#EXT-X-STREAM-INF:".length()));
                while (m.find()) {
                    attributes.put(m.group(1), m.group(2));
                }
                variants.put(lines.get(i + 1).strip(), attributes);
            }
        }
        return variants;
    }

    static List<Double> segmentDurations(Path mediaPlaylist) throws IOException {
        List<Double> durations = new ArrayList<>();
        for (String line : Files.readAllLines(mediaPlaylist)) {
            if (line.startsWith("#EXTINF:")) {
                durations.add(Double.parseDouble(line.substring(8, line.indexOf(','))));
            }
        }
        return durations;
    }

    private JsonNode getJob(String id) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(SignedRequests.get(URI.create("http://127.0.0.1:" + port + "/2017-08-29/jobs/" + id)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("job");
    }

    private JsonNode completeEvent(String id) {
        String payload = jdbc.sql("SELECT payload FROM job_events WHERE job_id = :id AND status = 'COMPLETE'")
                .param("id", id).query(String.class).single();
        return JSON.readTree(payload).get("detail").get("outputGroupDetails");
    }
}
