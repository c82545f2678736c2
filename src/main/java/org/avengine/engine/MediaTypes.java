package org.avengine.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The media type of a transcode, from its extension alone; and of the files an HLS transcode keeps
 * beside its multivariant playlist (media playlists, TS and fMP4 segments).
 */
final class MediaTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("mp4", "video/mp4"), Map.entry("m4v", "video/mp4"), Map.entry("mov", "video/quicktime"),
            Map.entry("webm", "video/webm"), Map.entry("m3u8", "application/vnd.apple.mpegurl"),
            Map.entry("ts", "video/mp2t"), Map.entry("m4s", "video/mp4"), Map.entry("cmfv", "video/mp4"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"), Map.entry("aac", "audio/aac"),
            Map.entry("cmfa", "audio/mp4"), Map.entry("ogg", "audio/ogg"), Map.entry("opus", "audio/ogg"),
            Map.entry("wav", "audio/wav"), Map.entry("flac", "audio/flac"),
            Map.entry("webp", "image/webp"), Map.entry("jpg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("vtt", "text/vtt"));

    private MediaTypes() {
    }

    /** The media type of files with this extension, or empty when avengine makes none such. */
    static Optional<String> ofExtension(String extension) {
        return Optional.ofNullable(BY_EXTENSION.get(extension.toLowerCase(Locale.ROOT)));
    }

    /** The media type of a file by its name, or empty when it has no extension avengine makes. */
    static Optional<String> ofFile(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ofExtension(name.substring(dot + 1));
    }
}
