package org.avengine.watchfolder;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The audio or video type of a file by its extension; other files are not taken as media. */
final class MediaTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("mp4", "video/mp4"), Map.entry("m4v", "video/mp4"), Map.entry("mov", "video/quicktime"),
            Map.entry("webm", "video/webm"), Map.entry("mkv", "video/x-matroska"), Map.entry("avi", "video/x-msvideo"),
            Map.entry("mpg", "video/mpeg"), Map.entry("mpeg", "video/mpeg"), Map.entry("ts", "video/mp2t"),
            Map.entry("mts", "video/mp2t"), Map.entry("m2ts", "video/mp2t"), Map.entry("wmv", "video/x-ms-wmv"),
            Map.entry("flv", "video/x-flv"), Map.entry("3gp", "video/3gpp"), Map.entry("ogv", "video/ogg"),
            Map.entry("mxf", "video/mxf"), Map.entry("mp3", "audio/mpeg"), Map.entry("wav", "audio/wav"),
            Map.entry("m4a", "audio/mp4"), Map.entry("aac", "audio/aac"), Map.entry("flac", "audio/flac"),
            Map.entry("ogg", "audio/ogg"), Map.entry("oga", "audio/ogg"), Map.entry("opus", "audio/opus"),
            Map.entry("wma", "audio/x-ms-wma"), Map.entry("aif", "audio/aiff"), Map.entry("aiff", "audio/aiff"));

    private MediaTypes() {
    }

    static Optional<String> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
