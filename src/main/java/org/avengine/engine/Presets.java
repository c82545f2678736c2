package org.avengine.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The friendly preset names the engine accepts, each with its MediaConvert output and its extension.
 * The {@code id} names the MediaConvert system preset each one is modelled on.
 */
@Component
class Presets {

    private final Map<String, Preset> byName = new LinkedHashMap<>();

    Presets() {
        add("video-mp4-480p", "System-Generic_Sd_Mp4_Avc_Aac_16x9_Sdr_640x360p_30Hz_0.8Mbps_Qvbr_Vq7", "mp4", "video/mp4",
                PresetOutputs.mp4(854, 480, 2_000_000));
        add("video-mp4-720p", "System-Generic_Hd_Mp4_Avc_Aac_16x9_1280x720p_24Hz_4.5Mbps", "mp4", "video/mp4",
                PresetOutputs.mp4(1280, 720, 4_500_000));
        add("video-mp4-1080p", "System-Generic_Hd_Mp4_Avc_Aac_16x9_1920x1080p_24Hz_6Mbps", "mp4", "video/mp4",
                PresetOutputs.mp4(1920, 1080, 6_000_000));
        add("video-webm-720p", "avengine-Webm_Vp9_Opus_1280x720p", "webm", "video/webm", PresetOutputs.webm(1280, 720, 1_500_000));
        add("audio-mp3-128", "System-Generic_Mp3_128kbps_44.1kHz", "mp3", "audio/mpeg", PresetOutputs.mp3(128_000));
        add("audio-mp3-192", "avengine-Mp3_192kbps_44.1kHz", "mp3", "audio/mpeg", PresetOutputs.mp3(192_000));
        add("audio-aac-128", "avengine-Mp4_Aac_128kbps", "m4a", "audio/mp4", PresetOutputs.aacOnly(128_000));
        add("audio-aac-192", "avengine-Mp4_Aac_192kbps", "m4a", "audio/mp4", PresetOutputs.aacOnly(192_000));
        add("image-webp-poster", "avengine-Webp_Poster_640", "webp", "image/webp", PresetOutputs.webpPoster(640));
    }

    private void add(String name, String id, String extension, String mediaType,
            software.amazon.awssdk.services.mediaconvert.model.Output output) {
        byName.put(name, new Preset(name, id, extension, mediaType, output));
    }

    Optional<Preset> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Map<String, Preset> all() {
        return java.util.Collections.unmodifiableMap(byName);
    }

    Iterable<String> names() {
        return byName.keySet();
    }
}
