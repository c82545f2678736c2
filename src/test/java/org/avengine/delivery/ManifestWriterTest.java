package org.avengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.avengine.engine.AssetId;
import org.avengine.engine.DeliverableAsset;
import org.avengine.engine.Transcode;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ManifestWriterTest {

    final ManifestWriter writer = new ManifestWriter(JsonMapper.builder().build());
    final AssetId id = new AssetId(1, 2, "film");

    @Test
    void aVideoWithTwoTranscodesAndAPosterIsAValidManifestWithAChoiceAndAThumbnail() {
        var asset = new DeliverableAsset(id, "video/mp4", 1280, 720, 2000L, List.of(
                new Transcode("s3://b/1/2/film/full/full/max/max/0/default.mp4", "video-mp4-720p", "mp4", "video/mp4", 1280, 720, 2000L),
                new Transcode("s3://b/1/2/film/full/full/max/max/0/default.webm", "video-webm-720p", "webm", "video/webm", 1280, 720, 2000L),
                new Transcode("s3://b/1/2/film/full/full/max/max/0/default.webp", "image-webp-poster", "webp", "image/webp", 640, 360, 40L)));
        ObjectNode manifest = writer.manifest(asset, "https://av.example.org");
        assertThat(IiifSchema.problems(manifest.toString())).isEmpty();
        assertThat(manifest.get("thumbnail").get(0).get("id").asString())
                .isEqualTo("https://av.example.org/iiif-av/1/2/film/full/full/max/max/0/default.webp");
        var body = manifest.get("items").get(0).get("items").get(0).get("items").get(0).get("body");
        assertThat(body.get("type").asString()).isEqualTo("Choice");
        assertThat(body.get("items").get(0).get("duration").asDouble()).isEqualTo(2.0);
    }

    @Test
    void anHlsLadderIsAVideoBodyOfTheChoiceWithTheMpegurlFormatItsSizeAndDurationAndTheManifestStillValidates() {
        var asset = new DeliverableAsset(id, "video/mp4", 1280, 720, 2000L, List.of(
                new Transcode("s3://b/1/2/film/full/full/max/max/0/default.mp4", "video-mp4-720p", "mp4", "video/mp4", 1280, 720, 2000L),
                new Transcode("s3://b/1/2/film/hls/video-hls-abr/master.m3u8", "video-hls-abr", "m3u8",
                        "application/vnd.apple.mpegurl", 1280, 720, 2020L)));
        ObjectNode manifest = writer.manifest(asset, "https://av.example.org");
        assertThat(IiifSchema.problems(manifest.toString())).isEmpty();
        var hls = manifest.get("items").get(0).get("items").get(0).get("items").get(0).get("body").get("items").get(1);
        assertThat(hls.get("id").asString()).isEqualTo("https://av.example.org/iiif-av/1/2/film/hls/video-hls-abr/master.m3u8");
        assertThat(hls.get("type").asString()).isEqualTo("Video");
        assertThat(hls.get("format").asString()).isEqualTo("application/vnd.apple.mpegurl");
        assertThat(hls.get("width").asInt()).isEqualTo(1280);
        assertThat(hls.get("height").asInt()).isEqualTo(720);
        assertThat(hls.get("duration").asDouble()).isEqualTo(2.02);
    }

    @Test
    void theSchemaCatchesAManifestWithoutItsType() {
        var asset = new DeliverableAsset(id, "audio/wav", null, null, 2000L, List.of(
                new Transcode("s3://b/1/2/film/full/max/default.mp3", "audio-mp3-128", "mp3", "audio/mpeg", null, null, 2000L)));
        ObjectNode manifest = writer.manifest(asset, "https://av.example.org");
        assertThat(IiifSchema.problems(manifest.toString())).isEmpty();
        manifest.remove("type");
        assertThat(IiifSchema.problems(manifest.toString())).isNotEmpty();
    }
}
