package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;

class JobRequestsTest {

    @Test
    void filePresetsShareOneFileGroupAndEachHlsLadderGetsAGroupInAFolderOfItsOwnWithOutputsNamingTheirPresets() {
        var order = new TranscodeOrder("s3://in/1/2/film/token", "s3://out/1/2/film/transcoding/token/out", List.of(
                new Preset("video-mp4-720p", List.of("System-Mp4"), "mp4", "video/mp4"),
                new Preset("video-hls-abr", List.of("System-Hls-720", "System-Hls-360"), "m3u8", "application/vnd.apple.mpegurl"),
                new Preset("image-webp-poster", List.of("avengine-Webp"), "webp", "image/webp")), Map.of("dlcsId", "1/2/film"));

        var request = JobRequests.of(order);

        List<OutputGroup> groups = request.settings().outputGroups();
        assertThat(groups).extracting(g -> g.outputGroupSettings().typeAsString()).containsExactly("FILE_GROUP_SETTINGS", "HLS_GROUP_SETTINGS");
        assertThat(groups.get(0).outputGroupSettings().fileGroupSettings().destination()).isEqualTo(order.destination());
        assertThat(groups.get(0).outputs()).extracting(Output::preset, Output::nameModifier, Output::extension).containsExactly(
                org.assertj.core.groups.Tuple.tuple("System-Mp4", "_0", "mp4"), org.assertj.core.groups.Tuple.tuple("avengine-Webp", "_2", "webp"));
        assertThat(groups.get(0).outputs()).allSatisfy(o -> assertThat(o.containerSettings()).isNull());
        var hls = groups.get(1).outputGroupSettings().hlsGroupSettings();
        assertThat(hls.destination()).isEqualTo("s3://out/1/2/film/transcoding/token/out_1/master");
        assertThat(hls.segmentLength()).isEqualTo(JobRequests.SEGMENT_SECONDS);
        assertThat(groups.get(1).outputs()).extracting(Output::preset).containsExactly("System-Hls-720", "System-Hls-360");
        assertThat(groups.get(1).outputs()).extracting(Output::nameModifier).containsExactly("_0", "_1");
        assertThat(request.userMetadata()).containsEntry("dlcsId", "1/2/film");
    }

    @Test
    void anOrderOfOnlyAnHlsLadderHasNoEmptyFileGroup() {
        var order = new TranscodeOrder("s3://in/k", "s3://out/k/out", List.of(
                new Preset("video-hls-abr", List.of("System-Hls-720"), "m3u8", "application/vnd.apple.mpegurl")), Map.of());
        assertThat(JobRequests.of(order).settings().outputGroups()).extracting(OutputGroup::name).containsExactly("HLS video-hls-abr");
    }
}
