package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class PresetsTest {

    final Predicate<String> known = Set.of("System-Generic_Hd_Mp4_Avc_Aac_16x9_1280x720p_24Hz_4.5Mbps",
            "System-Ott_Hls_Ts_Avc_Aac_16x9_1280x720p_30Hz_5.0Mbps", "System-Ott_Hls_Ts_Avc_Aac_16x9_640x360p_30Hz_1.2Mbps")::contains;

    @Test
    void anEntryGivesItsTranscoderPresetItsExtensionAndTheMediaTypeOfThatExtension() {
        Preset preset = Presets.parse("premium", "System-Generic_Hd_Mp4_Avc_Aac_16x9_1280x720p_24Hz_4.5Mbps|mp4", known);
        assertThat(preset.transcoderPresets()).containsExactly("System-Generic_Hd_Mp4_Avc_Aac_16x9_1280x720p_24Hz_4.5Mbps");
        assertThat(preset.id()).isEqualTo("System-Generic_Hd_Mp4_Avc_Aac_16x9_1280x720p_24Hz_4.5Mbps");
        assertThat(preset.extension()).isEqualTo("mp4");
        assertThat(preset.mediaType()).isEqualTo("video/mp4");
        assertThat(preset.isStreaming()).isFalse();
    }

    @Test
    void presetsJoinedByCommasWithTheM3u8ExtensionAreAnHlsLadderOfOneRenditionEach() {
        Preset ladder = Presets.parse("video-hls-abr", " System-Ott_Hls_Ts_Avc_Aac_16x9_1280x720p_30Hz_5.0Mbps,"
                + "System-Ott_Hls_Ts_Avc_Aac_16x9_640x360p_30Hz_1.2Mbps | m3u8", known);
        assertThat(ladder.transcoderPresets()).hasSize(2);
        assertThat(ladder.isStreaming()).isTrue();
        assertThat(ladder.mediaType()).isEqualTo("application/vnd.apple.mpegurl");
        assertThat(ladder.id()).isEqualTo("System-Ott_Hls_Ts_Avc_Aac_16x9_1280x720p_30Hz_5.0Mbps,System-Ott_Hls_Ts_Avc_Aac_16x9_640x360p_30Hz_1.2Mbps");
    }

    @Test
    void anEntryWithoutAnExtensionIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> Presets.parse("video-mp4-720p", "System-Generic_Hd_Mp4_Avc_Aac_16x9_1280x720p_24Hz_4.5Mbps", known))
                .hasMessageStartingWith("avengine.engine.presets.video-mp4-720p: ").hasMessageContaining("no extension");
    }

    @Test
    void anEntryNamingAPresetTheTranscoderDoesNotKnowIsRefusedNamingBoth() {
        assertThatThrownBy(() -> Presets.parse("premium", "System-Nothing_Like_This|mp4", known))
                .hasMessage("avengine.engine.presets.premium: the transcoder knows no preset named 'System-Nothing_Like_This'");
    }

    @Test
    void anExtensionWithoutAKnownMediaTypeAndALadderOfFilesAreRefused() {
        assertThatThrownBy(() -> Presets.parse("odd", "System-Generic_Hd_Mp4_Avc_Aac_16x9_1280x720p_24Hz_4.5Mbps|xyz", known))
                .hasMessageContaining("avengine.engine.presets.odd: 'xyz'");
        assertThatThrownBy(() -> Presets.parse("two", "System-Ott_Hls_Ts_Avc_Aac_16x9_1280x720p_30Hz_5.0Mbps,"
                + "System-Ott_Hls_Ts_Avc_Aac_16x9_640x360p_30Hz_1.2Mbps|mp4", known))
                .hasMessageContaining("avengine.engine.presets.two: several transcoder presets");
        assertThatThrownBy(() -> Presets.parse("a/b", "System-Generic_Hd_Mp4_Avc_Aac_16x9_1280x720p_24Hz_4.5Mbps|mp4", known))
                .hasMessageStartingWith("avengine.engine.presets.a/b: a friendly name");
    }
}
