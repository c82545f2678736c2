package org.avengine.ui;

import java.util.Locale;

/**
 * One output as a page shows it, with the player that fits it.
 *
 * @param kind {@code video} and {@code audio} (played by the browser), {@code hls} (hls.js), {@code dash}
 *     (dash.js), {@code image}, or {@code file} (a download link)
 * @param codecs the codecs ffprobe found, blank when unknown
 * @param bitRate bits per second, null when unknown
 */
record OutputView(String url, String kind, String name, String location, Long size, String codecs, Long bitRate,
        Integer width, Integer height, Long durationMs) {

    static String kindOf(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "mp4", "m4v", "mov", "webm" -> "video";
            case "mp3", "m4a", "aac", "ogg", "opus", "wav", "flac" -> "audio";
            case "m3u8" -> "hls";
            case "mpd" -> "dash";
            case "webp", "jpg", "jpeg", "png", "gif" -> "image";
            default -> "file";
        };
    }

    public String sizeText() {
        if (size == null) {
            return "";
        }
        return size >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", size / 1048576.0)
                : size >= 1024 ? String.format(Locale.ROOT, "%.1f kB", size / 1024.0) : size + " B";
    }

    public String bitRateText() {
        return bitRate == null ? "" : String.format(Locale.ROOT, "%d kbit/s", bitRate / 1000);
    }

    public String durationText() {
        return durationMs == null ? "" : String.format(Locale.ROOT, "%.1f s", durationMs / 1000.0);
    }

    public String sizeOfPicture() {
        return width == null || height == null ? "" : width + "×" + height;
    }
}
