package org.avengine.engine;

import software.amazon.awssdk.services.mediaconvert.model.Output;

/**
 * A friendly preset name and what it means: one MediaConvert output and the extension of the file it
 * makes. The extension here is the only source of every extension (storage key, metadata, cleanup).
 *
 * @param name the friendly name used in policies ({@code video-mp4-720p}, {@code premium})
 * @param id the transcoder preset this stands for, as shown by {@code /av/presets}
 * @param extension the extension of the output file, without the dot
 * @param mediaType the media type of the output file
 * @param output the MediaConvert output settings, without name modifier and extension
 */
record Preset(String name, String id, String extension, String mediaType, Output output) {

    boolean isVideo() {
        return mediaType.startsWith("video/");
    }

    boolean isAudio() {
        return mediaType.startsWith("audio/");
    }
}
