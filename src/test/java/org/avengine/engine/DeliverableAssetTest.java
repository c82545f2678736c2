package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeliverableAssetTest {

    final AssetId id = new AssetId(1, 2, "film");
    final DeliverableAsset asset = new DeliverableAsset(id, "video/mp4", 1280, 720, 2000L, List.of(
            new Transcode("s3://store/1/2/film/full/full/max/max/0/default.mp4", "video-mp4-720p", "mp4", "video/mp4", 1280, 720, 2000L),
            new Transcode("s3://store/1/2/film/hls/video-hls-abr/master.m3u8", "video-hls-abr", "m3u8",
                    "application/vnd.apple.mpegurl", 1280, 720, 2000L)));

    @Test
    void aTranscodeIsFoundByItsDeliveryPathWithItsOwnMediaType() {
        assertThat(asset.file("full/full/max/max/0/default.mp4")).contains(
                new DeliverableFile("s3://store/1/2/film/full/full/max/max/0/default.mp4", "video/mp4"));
        assertThat(asset.file("hls/video-hls-abr/master.m3u8")).contains(
                new DeliverableFile("s3://store/1/2/film/hls/video-hls-abr/master.m3u8", "application/vnd.apple.mpegurl"));
    }

    @Test
    void mediaPlaylistsAndSegmentsAreFoundInTheHlsTranscodesFolderTypedByTheirExtension() {
        assertThat(asset.file("hls/video-hls-abr/master_0.m3u8")).contains(
                new DeliverableFile("s3://store/1/2/film/hls/video-hls-abr/master_0.m3u8", "application/vnd.apple.mpegurl"));
        assertThat(asset.file("hls/video-hls-abr/master_0_00001.ts")).contains(
                new DeliverableFile("s3://store/1/2/film/hls/video-hls-abr/master_0_00001.ts", "video/mp2t"));
        assertThat(asset.file("hls/video-hls-abr/master_0_00001.m4s")).map(DeliverableFile::mediaType).contains("video/mp4");
    }

    @Test
    void nothingOutsideTheFolderNorBelowItNorOfAnUnknownTypeIsFound() {
        assertThat(asset.file("hls/video-hls-abr/../../../3/film/full/max/default.mp3")).isEmpty();
        assertThat(asset.file("hls/video-hls-abr/sub/master_0.m3u8")).isEmpty();
        assertThat(asset.file("hls/video-hls-abr/.hidden.ts")).isEmpty();
        assertThat(asset.file("hls/video-hls-abr/notes.txt")).isEmpty();
        assertThat(asset.file("hls/video-hls-abr/")).isEmpty();
        assertThat(asset.file("full/full/max/max/0/other.mp4")).isEmpty();
        assertThat(asset.file("metadata")).isEmpty();
    }
}
