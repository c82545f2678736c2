package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.AacSettings;
import software.amazon.awssdk.services.mediaconvert.model.AudioCodecSettings;
import software.amazon.awssdk.services.mediaconvert.model.AudioDescription;
import software.amazon.awssdk.services.mediaconvert.model.ContainerSettings;
import software.amazon.awssdk.services.mediaconvert.model.GifSettings;
import software.amazon.awssdk.services.mediaconvert.model.H264Settings;
import software.amazon.awssdk.services.mediaconvert.model.H265Settings;
import software.amazon.awssdk.services.mediaconvert.model.InputClipping;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.VideoCodecSettings;
import software.amazon.awssdk.services.mediaconvert.model.VideoDescription;
import software.amazon.awssdk.services.mediaconvert.model.VorbisSettings;
import software.amazon.awssdk.services.mediaconvert.model.Vp8Settings;
import tools.jackson.databind.JsonNode;

/**
 * The codecs, containers and input settings the transcoder core executes beyond the product ladder:
 * H.265, VP8 with Vorbis, MOV, AAC-only MP4, GIF and animated WebP, input clipping, and a phone
 * video whose rotation metadata must come out upright.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettingsCoverageTest {

    static final Path dataDir = TestMedia.tempDir("avengine-coverage");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void media() throws IOException {
        Path in = Files.createDirectories(dataDir.resolve("storage/media/in"));
        Path clip = TestMedia.clip(in.resolve("clip.mp4"), 640, 360, 4);
        TestMedia.generate(in.resolve("portrait.mp4"), List.of("-display_rotation", "90", "-i", clip.toString(), "-c", "copy"));
    }

    @Test
    void encodesH265Vp8VorbisMovAacGifAndAnimatedWebp() throws IOException {
        Job job = run(JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/clip.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/codecs/", h265(), vp8Vorbis(), mov(), m4a(),
                        gif("_preview", null), gif("_preview", "webp")))
                .build());
        assertThat(job.status()).as(job.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        Path out = dataDir.resolve("storage/media/out/codecs");

        JsonNode hevc = TestMedia.probe(out.resolve("clip_hevc.mp4"));
        assertThat(TestMedia.stream(hevc, "video").get("codec_name").asString()).isEqualTo("hevc");
        assertThat(TestMedia.stream(hevc, "video").get("codec_tag_string").asString()).isEqualTo("hvc1");
        JsonNode vp8 = TestMedia.probe(out.resolve("clip_vp8.webm"));
        assertThat(TestMedia.stream(vp8, "video").get("codec_name").asString()).isEqualTo("vp8");
        assertThat(TestMedia.stream(vp8, "audio").get("codec_name").asString()).isEqualTo("vorbis");
        JsonNode mov = TestMedia.probe(out.resolve("clip_mov.mov"));
        assertThat(mov.get("format").get("format_name").asString()).contains("mov");
        assertThat(TestMedia.stream(mov, "video").get("width").asInt()).isEqualTo(320);
        JsonNode m4a = TestMedia.probe(out.resolve("clip_audio.m4a"));
        assertThat(TestMedia.stream(m4a, "video")).isNull();
        assertThat(TestMedia.stream(m4a, "audio").get("codec_name").asString()).isEqualTo("aac");
        assertThat(TestMedia.duration(m4a)).isCloseTo(4.0, within(0.1));
        JsonNode gif = TestMedia.probe(out.resolve("clip_preview.gif"));
        assertThat(TestMedia.stream(gif, "video").get("codec_name").asString()).isEqualTo("gif");
        assertThat(TestMedia.stream(gif, "video").get("width").asInt()).isEqualTo(160);
        String webp = new String(Files.readAllBytes(out.resolve("clip_preview.webp")), StandardCharsets.ISO_8859_1);
        assertThat(webp).startsWith("RIFF").contains("WEBP").as("an animation chunk").contains("ANIM").contains("ANMF");
    }

    @Test
    void aPhoneVideoWithRotationMetadataComesOutUpright() {
        Job job = run(JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/portrait.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/upright/", plainMp4("_upright"))).build());
        assertThat(job.status()).as(job.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        JsonNode video = TestMedia.stream(TestMedia.probe(dataDir.resolve("storage/media/out/upright/portrait_upright.mp4")), "video");
        assertThat(video.get("width").asInt()).isEqualTo(360);
        assertThat(video.get("height").asInt()).isEqualTo(640);
        assertThat(video.has("side_data_list")).as("no rotation left for players to apply").isFalse();
        assertThat(job.outputGroupDetails().get(0).outputDetails().get(0).videoDetails().heightInPx()).isEqualTo(640);
    }

    @Test
    void anInputClippingKeepsOnlyThatPart() {
        var input = JobSettingsFixtures.input("s3://media/in/clip.mp4").toBuilder()
                .inputClippings(InputClipping.builder().startTimecode("00:00:01:00").endTimecode("00:00:03:00").build()).build();
        Job job = run(JobSettings.builder().inputs(input)
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/clipped/", plainMp4("_clip"))).build());
        assertThat(job.status()).as(job.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        JsonNode probe = TestMedia.probe(dataDir.resolve("storage/media/out/clipped/clip_clip.mp4"));
        assertThat(TestMedia.duration(probe)).isCloseTo(2.0, within(0.1));
    }

    private Job run(JobSettings settings) {
        MediaConvertClient client = MediaConvertClients.at(port);
        return MediaConvertClients.awaitFinal(client, client.createJob(r -> r.settings(settings)).job().id(), Duration.ofMinutes(3));
    }

    private static Output plainMp4(String modifier) {
        return Output.builder().nameModifier(modifier).containerSettings(ContainerSettings.builder().container("MP4").build())
                .videoDescription(VideoDescription.builder().codecSettings(VideoCodecSettings.builder().codec("H_264")
                        .h264Settings(H264Settings.builder().rateControlMode("QVBR").maxBitrate(1_000_000).build()).build()).build())
                .audioDescriptions(aac(64_000)).build();
    }

    private static Output h265() {
        return Output.builder().nameModifier("_hevc").containerSettings(ContainerSettings.builder().container("MP4").build())
                .videoDescription(VideoDescription.builder().width(320).height(180).codecSettings(VideoCodecSettings.builder()
                        .codec("H_265").h265Settings(H265Settings.builder().rateControlMode("VBR").bitrate(400_000).build())
                        .build()).build())
                .audioDescriptions(aac(64_000)).build();
    }

    private static Output vp8Vorbis() {
        return Output.builder().nameModifier("_vp8").containerSettings(ContainerSettings.builder().container("WEBM").build())
                .videoDescription(VideoDescription.builder().width(320).height(180).codecSettings(VideoCodecSettings.builder()
                        .codec("VP8").vp8Settings(Vp8Settings.builder().bitrate(400_000).build()).build()).build())
                .audioDescriptions(AudioDescription.builder().codecSettings(AudioCodecSettings.builder().codec("VORBIS")
                        .vorbisSettings(VorbisSettings.builder().vbrQuality(3).build()).build()).build())
                .build();
    }

    private static Output mov() {
        return Output.builder().nameModifier("_mov").containerSettings(ContainerSettings.builder().container("MOV").build())
                .videoDescription(VideoDescription.builder().width(320).height(180).codecSettings(VideoCodecSettings.builder()
                        .codec("H_264").h264Settings(H264Settings.builder().rateControlMode("CBR").bitrate(500_000)
                                .gopSize(2.0).gopSizeUnits("SECONDS").build()).build()).build())
                .audioDescriptions(aac(96_000)).build();
    }

    private static Output m4a() {
        return Output.builder().nameModifier("_audio").extension("m4a")
                .containerSettings(ContainerSettings.builder().container("MP4").build())
                .audioDescriptions(aac(128_000)).build();
    }

    private static Output gif(String modifier, String extension) {
        return Output.builder().nameModifier(modifier).extension(extension)
                .containerSettings(ContainerSettings.builder().container("GIF").build())
                .videoDescription(VideoDescription.builder().width(160).height(90).codecSettings(VideoCodecSettings.builder()
                        .codec("GIF").gifSettings(GifSettings.builder().framerateControl("SPECIFIED").framerateNumerator(5)
                                .framerateDenominator(1).build()).build()).build())
                .build();
    }

    private static AudioDescription aac(int bitrate) {
        return AudioDescription.builder().codecSettings(AudioCodecSettings.builder().codec("AAC")
                .aacSettings(AacSettings.builder().bitrate(bitrate).build()).build()).build();
    }
}
