package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avengine.transcode.wire.SdkJson;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.mediaconvert.model.Preset;
import tools.jackson.databind.json.JsonMapper;

/** The system presets: read through the SDK model, and each one's settings say what its name says. */
class PresetCatalogueTest {

    private static final Pattern SIZE_RATE = Pattern.compile("_(\\d+)x(\\d+)p_(\\d+)Hz_([\\d.]+)Mbps");

    private final PresetCatalogue catalogue = new PresetCatalogue(new SdkJson(), JsonMapper.builder().build(),
            new TranscodeProperties("us-east-1", "000000000000", null, null));

    PresetCatalogueTest() throws IOException {
    }

    @Test
    void holdsEveryFamilyUsersNameInTheirJobs() {
        assertThat(catalogue.all()).extracting(Preset::name).contains(
                "System-Generic_Hd_Mp4_Avc_Aac_16x9_1280x720p_24Hz_4.5Mbps",
                "System-Generic_Hd_Mp4_Avc_Aac_16x9_1920x1080p_24Hz_6Mbps",
                "System-Generic_Hd_Mp4_Hev1_Aac_16x9_Sdr_1280x720p_30Hz_4Mbps_Qvbr_Vq9",
                "System-Ott_Hls_Ts_Avc_Aac_16x9_480x270p_15Hz_0.4Mbps",
                "System-Ott_Hls_Ts_Avc_Aac_16x9_1280x720p_30Hz_3.5Mbps",
                "System-Ott_Hls_Ts_Avc_Aac_16x9_1920x1080p_30Hz_8.5Mbps",
                "System-Ott_Dash_Mp4_Avc_16x9_1280x720p_30Hz_3.5Mbps",
                "System-Ott_Dash_Mp4_Aac_He_96Kbps",
                "System-Ott_Cmaf_Cmfc_Avc_16x9_Sdr_1280x720p_30Hz_5Mbps_Qvbr_Vq9",
                "System-Ott_Cmaf_Cmfc_Aac_He_96Kbps",
                "System-Generic_Audio_Aac_128Kbps",
                "System-Generic_Audio_Mp3_128Kbps",
                "System-Generic_Audio_Mp3_192Kbps",
                "avengine-Webm_Vp9_Opus_1280x720p_1.5Mbps",
                "avengine-Audio_Mp4_Aac_128Kbps",
                "avengine-Webp_Poster_640");
        assertThat(catalogue.all()).allSatisfy(preset -> {
            assertThat(preset.typeAsString()).isEqualTo("SYSTEM");
            assertThat(preset.arn()).endsWith(":presets/" + preset.name());
            assertThat(preset.category()).isNotBlank();
            assertThat(preset.description()).isNotBlank();
        });
    }

    @Test
    void eachVideoPresetHasTheSizeFrameRateAndBitrateItsNameSays() {
        for (Preset preset : catalogue.all()) {
            Matcher name = SIZE_RATE.matcher(preset.name());
            if (!name.find()) {
                continue;
            }
            var video = preset.settings().videoDescription();
            assertThat(video.width()).as(preset.name()).isEqualTo(Integer.parseInt(name.group(1)));
            assertThat(video.height()).as(preset.name()).isEqualTo(Integer.parseInt(name.group(2)));
            var codec = video.codecSettings();
            Integer numerator = codec.h264Settings() != null ? codec.h264Settings().framerateNumerator()
                    : codec.h265Settings().framerateNumerator();
            Integer denominator = codec.h264Settings() != null ? codec.h264Settings().framerateDenominator()
                    : codec.h265Settings().framerateDenominator();
            assertThat(Math.round((double) numerator / denominator)).as(preset.name()).isEqualTo(Long.parseLong(name.group(3)));
            Integer bitrate = codec.h264Settings() != null
                    ? (codec.h264Settings().bitrate() != null ? codec.h264Settings().bitrate() : codec.h264Settings().maxBitrate())
                    : codec.h265Settings().maxBitrate();
            assertThat(bitrate).as(preset.name()).isEqualTo((int) Math.round(Double.parseDouble(name.group(4)) * 1_000_000));
        }
    }

    @Test
    void eachFamilyHasItsContainer() {
        for (Preset preset : catalogue.all()) {
            String container = preset.settings().containerSettings().containerAsString();
            String expected = preset.name().startsWith("System-Ott_Hls_Ts") ? "M3U8"
                    : preset.name().startsWith("System-Ott_Dash") ? "MPD"
                    : preset.name().startsWith("System-Ott_Cmaf") ? "CMFC"
                    : preset.name().contains("_Mp4_") ? "MP4"
                    : preset.name().contains("Webm_") ? "WEBM" : "RAW";
            assertThat(container).as(preset.name()).isEqualTo(expected);
        }
    }
}
