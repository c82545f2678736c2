package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.avengine.StreamingFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepresentationNamesTest {

    static final String MPD = """
            <MPD><Period>
            <AdaptationSet id="0" contentType="video">
            <Representation id="0" codecs="avc1.64001e">
            <SegmentTemplate initialization="avengine-rep$RepresentationID$_init.mp4" media="avengine-rep$RepresentationID$_$Number%09d$.mp4"/>
            </Representation>
            </AdaptationSet>
            <AdaptationSet id="1" contentType="audio">
            <Representation id="1" codecs="mp4a.40.2"><BaseURL>avengine-rep1.mp4</BaseURL></Representation>
            </AdaptationSet>
            </Period></MPD>
            """;

    @Test
    void aCmafGroupsFilesManifestAndPlaylistsAreNamedAfterTheirOutputs(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("stream.mpd"), MPD);
        Files.writeString(dir.resolve("stream.m3u8"), "#EXT-X-MEDIA:TYPE=AUDIO,URI=\"media_1.m3u8\"\n#EXT-X-STREAM-INF:BANDWIDTH=1\nmedia_0.m3u8\n");
        Files.writeString(dir.resolve("media_0.m3u8"), "#EXT-X-MAP:URI=\"avengine-rep0_init.mp4\"\n#EXTINF:2,\navengine-rep0_000000001.mp4\n");
        Files.writeString(dir.resolve("media_1.m3u8"), "#EXTINF:2,\navengine-rep1.mp4\n");
        for (String segment : List.of("avengine-rep0_init.mp4", "avengine-rep0_000000001.mp4", "avengine-rep1.mp4")) {
            Files.writeString(dir.resolve(segment), "x");
        }
        PackagedGroup group = StreamingPlanTest.plan(StreamingFixtures.cmaf("s3://media/out/cmaf/stream", 2,
                StreamingFixtures.video("CMFC", 640, 360, 600_000, "_360p"), StreamingFixtures.audio("CMFC", "_aac")))
                .packagedGroups().get(0);

        RepresentationNames.apply(new PackagedGroup(0, group.spec(), dir, "s3://media/out/cmaf/", "stream",
                group.outputs(), group.streams()));

        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("stream.mpd", "stream.m3u8",
                    "stream_360p.m3u8", "stream_aac.m3u8", "stream_360p_init.mp4", "stream_360p_000000001.mp4", "stream_aac.mp4");
        }
        assertThat(Files.readString(dir.resolve("stream.mpd")))
                .contains("initialization=\"stream_360p_init.mp4\" media=\"stream_360p_$Number%09d$.mp4\"")
                .contains("<BaseURL>stream_aac.mp4</BaseURL>").doesNotContain("avengine-rep");
        assertThat(Files.readString(dir.resolve("stream.m3u8"))).contains("URI=\"stream_aac.m3u8\"", "\nstream_360p.m3u8\n");
        assertThat(Files.readString(dir.resolve("stream_360p.m3u8")))
                .contains("URI=\"stream_360p_init.mp4\"", "\nstream_360p_000000001.mp4\n");
    }
}
