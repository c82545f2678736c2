package org.avengine.ffmpeg;

import java.nio.file.Path;
import java.util.Set;

/**
 * What this node's FFmpeg is: its version, where the executables are, and which encoders it has.
 *
 * @param version the version ffmpeg reports, e.g. {@code 8.1.2}
 * @param ffmpegPath the ffmpeg executable
 * @param ffprobePath the ffprobe executable
 * @param encoders the names {@code ffmpeg -encoders} lists, e.g. {@code libx264}, {@code aac}
 */
public record FfmpegInfo(String version, Path ffmpegPath, Path ffprobePath, Set<String> encoders) {

    public FfmpegInfo {
        encoders = Set.copyOf(encoders);
    }

    /** Whether this ffmpeg can encode with the named encoder. */
    public boolean hasEncoder(String name) {
        return encoders.contains(name);
    }
}
