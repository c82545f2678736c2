package org.avengine.engine;

import java.util.List;

/**
 * A friendly preset name and what it means: the transcoder presets that make its output and the
 * extension of what they make. The extension here is the only source of every extension (storage
 * key, media type, metadata, cleanup).
 *
 * @param name the friendly name used in policies ({@code video-mp4-720p}, {@code premium})
 * @param transcoderPresets the transcoder presets, by name: one for a file, one per rendition of an HLS ladder
 * @param extension the extension of the output file (of the multivariant playlist for HLS), without the dot
 * @param mediaType the media type of the output, from the extension
 */
record Preset(String name, List<String> transcoderPresets, String extension, String mediaType) {

    static final String HLS = "m3u8";

    Preset {
        transcoderPresets = List.copyOf(transcoderPresets);
    }

    /** What {@code /av/presets} shows as its {@code id}: the transcoder preset, or the ladder's joined by commas. */
    String id() {
        return String.join(",", transcoderPresets);
    }

    /** Whether it makes an HLS ladder: playlists and segments in a folder of their own. */
    boolean isStreaming() {
        return HLS.equals(extension);
    }

    boolean isAudio() {
        return mediaType.startsWith("audio/");
    }
}
