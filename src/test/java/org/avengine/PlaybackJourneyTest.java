package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;

/**
 * A viewer's journey: the HLS (TS, and fMP4 with an audio rendition) and DASH (H.264/AAC, and
 * VP9/Opus) outputs of jobs created with the AWS SDK play in a real browser, Debian's headless
 * Chromium, with hls.js and dash.js. Playing means the players fetched the manifests and segments,
 * the browser's decoders took the streams, and the clock moved: the video's {@code currentTime}
 * passes a second, frames and audio were decoded, and the picture has the size the job asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaybackJourneyTest {

    static final Logger LOG = LoggerFactory.getLogger(PlaybackJourneyTest.class);
    static final Path dataDir = TestMedia.tempDir("avengine-playback");
    static final Duration PLAYING = Duration.ofSeconds(20);
    static final String STATE = """
            const v = document.getElementById('video');
            return {currentTime: v.currentTime, width: v.videoWidth, height: v.videoHeight,
                    readyState: v.readyState, paused: v.paused, errors: window.playerErrors || [],
                    frames: v.getVideoPlaybackQuality().totalVideoFrames,
                    audioBytes: v.webkitAudioDecodedByteCount,
                    h264: MediaSource.isTypeSupported('video/mp4; codecs="avc1.42E01E"'),
                    aac: MediaSource.isTypeSupported('audio/mp4; codecs="mp4a.40.2"'),
                    vp9: MediaSource.isTypeSupported('video/mp4; codecs="vp09.00.10.08"'),
                    opus: MediaSource.isTypeSupported('audio/mp4; codecs="opus"')};
            """;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void media() throws IOException {
        Path in = Files.createDirectories(dataDir.resolve("storage/media/in"));
        TestMedia.clip(in.resolve("clip.mp4"), 640, 360, 6);
    }

    @Test
    void hlsAndDashOutputsPlayInHeadlessChromium() throws Exception {
        MediaConvertClient client = MediaConvertClients.at(port);
        String hls = create(client,
                StreamingFixtures.hls("s3://media/out/play/hls/index", 2, StreamingFixtures.muxed("M3U8", 640, 360, 600_000, "_360p")),
                StreamingFixtures.hls("s3://media/out/play/fmp4/index", 2,
                        StreamingFixtures.video("CMFC", 480, 270, 400_000, "_270p"), StreamingFixtures.audio("CMFC", "_aac")));
        String dash = create(client,
                StreamingFixtures.dash("s3://media/out/play/avc/stream", 2,
                        StreamingFixtures.video("MPD", 640, 360, 600_000, "_360p"), StreamingFixtures.audio("MPD", "_aac")),
                StreamingFixtures.dash("s3://media/out/play/vp9/stream", 2,
                        StreamingFixtures.vp9(480, 270, 400_000, "_270p"), StreamingFixtures.opus("_opus")));

        try (PlayerServer server = new PlayerServer(dataDir.resolve("storage/media/out/play"));
                HeadlessChromium chromium = HeadlessChromium.start()) {
            for (String id : List.of(hls, dash)) {
                Job done = MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(2));
                assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);
            }
            assertPlays(chromium, server.page("hls", "hls/index.m3u8"), 640, 360);
            assertPlays(chromium, server.page("hls", "fmp4/index.m3u8"), 480, 270);
            assertPlays(chromium, server.page("dash", "avc/stream.mpd"), 640, 360);
            assertPlays(chromium, server.page("dash", "vp9/stream.mpd"), 480, 270);
        }
    }

    private static String create(MediaConvertClient client, OutputGroup... groups) {
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/clip.mp4"))
                .outputGroups(groups).build();
        return client.createJob(r -> r.settings(settings)).job().id();
    }

    /** Opens the player page and waits until the video has played past its first second. */
    private static void assertPlays(HeadlessChromium chromium, String page, int width, int height) {
        chromium.open(page);
        Instant deadline = Instant.now().plus(PLAYING);
        Map<String, Object> state = chromium.evaluateObject(STATE);
        while (number(state, "currentTime") <= 1.0 && ((List<?>) state.get("errors")).isEmpty()
                && Instant.now().isBefore(deadline)) {
            MediaConvertClients.sleep(250);
            state = chromium.evaluateObject(STATE);
        }
        LOG.info("Played {}: {}", page, state);
        assertThat(state.get("errors")).as("player errors at %s, %s", page, state).asList().isEmpty();
        assertThat(number(state, "currentTime")).as("currentTime at %s within %s, %s", page, PLAYING, state)
                .isGreaterThan(1.0);
        assertThat(number(state, "width")).as("videoWidth at %s", page).isEqualTo(width);
        assertThat(number(state, "height")).as("videoHeight at %s", page).isEqualTo(height);
        assertThat(number(state, "frames")).as("decoded frames at %s, %s", page, state).isGreaterThan(10);
        assertThat(number(state, "audioBytes")).as("decoded audio at %s, %s", page, state).isPositive();
    }

    private static double number(Map<String, Object> state, String key) {
        return ((Number) state.get(key)).doubleValue();
    }
}
