package org.avengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;


import java.util.List;

import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.StreamInfo;
import org.junit.jupiter.api.Test;

class CodecsParameterTest {

    static StreamInfo stream(String type, String codec, String profile, Integer level) {
        return new StreamInfo(0, type, codec, profile, null, null, 0, null, null, null, null, null, null, null, false, level);
    }

    @Test
    void namesH264ByProfileAndLevelAsBrowsersExpect() {
        assertThat(CodecsParameter.of(stream("video", "h264", "High", 31))).isEqualTo("avc1.64001f");
        assertThat(CodecsParameter.of(stream("video", "h264", "Constrained Baseline", 30))).isEqualTo("avc1.42e01e");
        assertThat(CodecsParameter.of(stream("video", "h264", "Main", 40))).isEqualTo("avc1.4d4028");
    }

    @Test
    void joinsTheCodecsOfEveryPlayableStreamIntoTheMediaType() {
        MediaInfo media = new MediaInfo("mov,mp4", 1.0, 1L, 1L, List.of(stream("video", "h264", "High", 31),
                stream("audio", "aac", "LC", null), stream("subtitle", "mov_text", null, null)));
        assertThat(CodecsParameter.mediaType("video/mp4", media)).isEqualTo("video/mp4; codecs=\"avc1.64001f, mp4a.40.2\"");
        assertThat(CodecsParameter.mediaType("video/mp4", new MediaInfo("mov", 1.0, 1L, 1L, List.of()))).isEqualTo("video/mp4");
    }

    @Test
    void namesAudioCodecsAndLeavesOutWhatBrowsersDoNotKnow() {
        assertThat(CodecsParameter.of(stream("audio", "aac", "LC", null))).isEqualTo("mp4a.40.2");
        assertThat(CodecsParameter.of(stream("audio", "aac", "HE-AAC", null))).isEqualTo("mp4a.40.5");
        assertThat(CodecsParameter.of(stream("audio", "opus", null, null))).isEqualTo("opus");
        assertThat(CodecsParameter.of(stream("subtitle", "mov_text", null, null))).isNull();
    }
}
