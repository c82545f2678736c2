package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.BadRequestException;
import software.amazon.awssdk.services.mediaconvert.model.ConflictException;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.mediaconvert.model.NotFoundException;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.Preset;
import software.amazon.awssdk.services.mediaconvert.model.PresetSettings;
import software.amazon.awssdk.services.mediaconvert.model.VideoDescription;
import tools.jackson.databind.JsonNode;

/**
 * Presets with the AWS SDK: custom presets from create to delete, the catalogue of system presets
 * with MediaConvert's names and settings, and jobs whose outputs name presets and override them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PresetJourneyTest {

    static final String HD_720P = "System-Generic_Hd_Mp4_Avc_Aac_16x9_1280x720p_24Hz_4.5Mbps";
    static final Path dataDir = TestMedia.tempDir("avengine-presets");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void media() throws IOException {
        TestMedia.clip(Files.createDirectories(dataDir.resolve("storage/media/in")).resolve("tiny.mp4"), 320, 180, 1);
    }

    @Test
    void createsGetsListsUpdatesAndDeletesACustomPreset() {
        MediaConvertClient client = MediaConvertClients.at(port);
        Output mp4 = JobSettingsFixtures.mp4(640, 360, "_x");
        PresetSettings settings = PresetSettings.builder().containerSettings(mp4.containerSettings())
                .videoDescription(mp4.videoDescription()).audioDescriptions(mp4.audioDescriptions()).build();

        Preset created = client.createPreset(r -> r.name("web-360p").category("web").description("360p").settings(settings)).preset();
        assertThat(created.arn()).endsWith(":presets/web-360p");
        assertThat(created.typeAsString()).isEqualTo("CUSTOM");
        assertThat(created.createdAt()).isNotNull();
        assertThat(client.getPreset(r -> r.name("web-360p")).preset().settings()).isEqualTo(settings);
        assertThatThrownBy(() -> client.createPreset(r -> r.name("web-360p").settings(settings)))
                .isInstanceOf(ConflictException.class);

        Preset updated = client.updatePreset(r -> r.name("web-360p").description("changed")).preset();
        assertThat(updated.description()).isEqualTo("changed");
        assertThat(updated.settings()).isEqualTo(settings);
        assertThat(client.listPresets(r -> r.category("web")).presets()).extracting(Preset::name).containsExactly("web-360p");

        client.deletePreset(r -> r.name("web-360p"));
        assertThatThrownBy(() -> client.getPreset(r -> r.name("web-360p"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.deletePreset(r -> r.name("web-360p"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listsTheSystemPresetsWithMediaConvertsNamesAndSettings() {
        MediaConvertClient client = MediaConvertClients.at(port);
        List<Preset> hls = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            var page = client.listPresets(r -> r.category("OTT-HLS").listBy("NAME").maxResults(3).nextToken(next));
            assertThat(page.presets().size()).isLessThanOrEqualTo(3);
            hls.addAll(page.presets());
            token = page.nextToken();
        } while (token != null);
        assertThat(hls).extracting(Preset::name).isSorted().contains(
                "System-Ott_Hls_Ts_Avc_Aac_16x9_480x270p_15Hz_0.4Mbps",
                "System-Ott_Hls_Ts_Avc_Aac_16x9_1280x720p_30Hz_3.5Mbps",
                "System-Ott_Hls_Ts_Avc_Aac_16x9_1920x1080p_30Hz_8.5Mbps").hasSize(8);

        Preset hls720 = client.getPreset(r -> r.name("System-Ott_Hls_Ts_Avc_Aac_16x9_1280x720p_30Hz_3.5Mbps")).preset();
        assertThat(hls720.typeAsString()).isEqualTo("SYSTEM");
        assertThat(hls720.settings().containerSettings().containerAsString()).isEqualTo("M3U8");
        assertThat(hls720.settings().videoDescription().width()).isEqualTo(1280);
        assertThat(hls720.settings().videoDescription().codecSettings().h264Settings().bitrate()).isEqualTo(3_500_000);

        var descending = client.listPresets(r -> r.order("DESCENDING").maxResults(20)).presets();
        assertThat(descending).extracting(Preset::name).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(client.listPresets(r -> r.listBy("SYSTEM").maxResults(1)).presets().get(0).typeAsString()).isEqualTo("SYSTEM");
        assertThat(client.listPresets(r -> r.category("AUDIO")).presets()).extracting(Preset::name)
                .contains("System-Generic_Audio_Mp3_128Kbps", "System-Generic_Audio_Mp3_192Kbps");
    }

    @Test
    void listsCustomPresetsByCreationDateInEitherOrderOnPagesOfTheAskedSize() {
        MediaConvertClient client = MediaConvertClients.at(port);
        PresetSettings settings = client.getPreset(r -> r.name(HD_720P)).preset().settings();
        for (String name : List.of("c-first", "b-second", "a-third")) {
            client.createPreset(r -> r.name(name).category("dated").settings(settings));
            MediaConvertClients.sleep(5);
        }
        var newest = client.listPresets(r -> r.category("dated").listBy("CREATION_DATE").order("DESCENDING").maxResults(2));
        assertThat(newest.presets()).extracting(Preset::name).containsExactly("a-third", "b-second");
        var rest = client.listPresets(r -> r.category("dated").listBy("CREATION_DATE").order("DESCENDING").maxResults(2)
                .nextToken(newest.nextToken()));
        assertThat(rest.presets()).extracting(Preset::name).containsExactly("c-first");
        assertThat(rest.nextToken()).isNull();
        assertThat(client.listPresets(r -> r.category("dated")).presets()).extracting(Preset::name)
                .containsExactly("a-third", "b-second", "c-first");
        assertThatThrownBy(() -> client.listPresets(r -> r.listBy("SIZE"))).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("listBy");
        assertThatThrownBy(() -> client.listPresets(r -> r.nextToken("nonsense"))).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("nextToken");
    }

    @Test
    void systemPresetsCannotBeChangedDeletedOrShadowed() {
        MediaConvertClient client = MediaConvertClients.at(port);
        assertThatThrownBy(() -> client.deletePreset(r -> r.name(HD_720P))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> client.updatePreset(r -> r.name(HD_720P).description("x"))).isInstanceOf(ConflictException.class);
        PresetSettings settings = client.getPreset(r -> r.name(HD_720P)).preset().settings();
        assertThatThrownBy(() -> client.createPreset(r -> r.name(HD_720P).settings(settings))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aJobNamingTheGenericHd720pPresetMakes1280x720H264AacAt24FpsAndOutputValuesOverrideIt() {
        MediaConvertClient client = MediaConvertClients.at(port);
        Output plain = Output.builder().preset(HD_720P).nameModifier("_720p").build();
        Output smaller = Output.builder().preset(HD_720P).nameModifier("_small")
                .videoDescription(VideoDescription.builder().width(640).height(360).build()).build();
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/tiny.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/preset/", plain, smaller)).build();

        Job created = client.createJob(r -> r.settings(settings)).job();
        Output stored = created.settings().outputGroups().get(0).outputs().get(1);
        assertThat(stored.preset()).isEqualTo(HD_720P);
        assertThat(stored.videoDescription().width()).isEqualTo(640);
        assertThat(stored.videoDescription().codecSettings().h264Settings().bitrate()).isEqualTo(4_500_000);
        Job done = MediaConvertClients.awaitFinal(client, created.id(), Duration.ofMinutes(2));
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);

        JsonNode hd = TestMedia.probe(dataDir.resolve("storage/media/out/preset/tiny_720p.mp4"));
        JsonNode video = TestMedia.stream(hd, "video");
        assertThat(video.get("codec_name").asString()).isEqualTo("h264");
        assertThat(video.get("width").asInt()).isEqualTo(1280);
        assertThat(video.get("height").asInt()).isEqualTo(720);
        assertThat(fps(video.get("avg_frame_rate").asString())).isCloseTo(24.0, within(0.1));
        assertThat(TestMedia.stream(hd, "audio").get("codec_name").asString()).isEqualTo("aac");
        JsonNode small = TestMedia.stream(TestMedia.probe(dataDir.resolve("storage/media/out/preset/tiny_small.mp4")), "video");
        assertThat(small.get("width").asInt()).isEqualTo(640);
        assertThat(small.get("height").asInt()).isEqualTo(360);
    }

    @Test
    void anUnknownPresetIsANotFoundNamingTheOutput() {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/tiny.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/none/", JobSettingsFixtures.mp3("_a"),
                        Output.builder().preset("System-No_Such_Preset").build())).build();
        assertThatThrownBy(() -> client.createJob(r -> r.settings(settings))).isInstanceOf(software.amazon.awssdk.services.mediaconvert.model.NotFoundException.class)
                .hasMessageContaining("settings.outputGroups[0].outputs[1].preset: no preset named System-No_Such_Preset exists");
    }

    @Test
    void aPresetCombinedWithAConflictingContainerIsA400NamingTheField() {
        MediaConvertClient client = MediaConvertClients.at(port);
        Output webm = Output.builder().preset(HD_720P).containerSettings(c -> c.container("WEBM")).build();
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/tiny.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/conflict/", webm)).build();
        assertThatThrownBy(() -> client.createJob(r -> r.settings(settings))).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("settings.outputGroups[0].outputs[0].videoDescription.codecSettings.codec: WEBM requires VP8 or VP9 video");
    }

    @Test
    void theAwsCliPagesThroughSystemPresetsAndManagesQueues() throws Exception {
        Path aws = AwsCli.find();
        JsonNode hls = AwsCli.run(aws, port, "mediaconvert", "list-presets", "--category", "OTT-HLS", "--page-size", "3");
        assertThat(hls.get("Presets")).hasSize(8);
        JsonNode preset = AwsCli.run(aws, port, "mediaconvert", "get-preset", "--name",
                "System-Ott_Hls_Ts_Avc_Aac_16x9_1280x720p_30Hz_3.5Mbps").get("Preset");
        assertThat(preset.at("/Settings/ContainerSettings/Container").asString()).isEqualTo("M3U8");
        assertThat(preset.at("/Settings/VideoDescription/Height").asInt()).isEqualTo(720);

        JsonNode queue = AwsCli.run(aws, port, "mediaconvert", "create-queue", "--name", "cli-queue", "--status", "PAUSED");
        assertThat(queue.at("/Queue/Status").asString()).isEqualTo("PAUSED");
        JsonNode queues = AwsCli.run(aws, port, "mediaconvert", "list-queues");
        assertThat(queues.get("Queues").findValuesAsString("Name")).contains("Default", "cli-queue");
    }

    static double fps(String ratio) {
        String[] parts = ratio.split("/");
        return Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
    }
}
