package org.avengine.ffmpeg;

import java.util.List;

/**
 * What ffmpeg and ffprobe may open when they read a job's input: the local file only
 * ({@code -protocol_whitelist file}), and only with demuxers that read nothing but that one file
 * ({@code -format_whitelist}). Playlists and lists of other files (HLS, DASH, concat, image
 * sequences, IMF, SMIL) are not among them, so a crafted input cannot make ffmpeg read a secret file
 * or a URL; the whitelists are inherited by nested demuxers (an AVI's embedded subtitle "file").
 */
public final class InputFormats {

    /** ffmpeg's demuxer names; one that has several names is allowed by any of them. */
    static final List<String> DEMUXERS = List.of(
            "mov", "mp4", "matroska", "webm", "avi", "flv", "mpegts", "mpeg", "mpegvideo", "m4v", "h264", "hevc",
            "asf", "mxf", "dv", "nut", "ivf", "rm", "ogg", "mp3", "aac", "ac3", "eac3", "wav", "w64", "flac", "aiff",
            "caf", "amr", "au", "wv", "ape", "gif", "yuv4mpegpipe",
            "png_pipe", "jpeg_pipe", "webp_pipe", "bmp_pipe", "tiff_pipe", "tty");

    /** Options to put before ffmpeg's {@code -i}. */
    public static final List<String> INPUT_OPTIONS = List.of(
            "-protocol_whitelist", "file", "-format_whitelist", String.join(",", DEMUXERS));

    /**
     * Options to put before ffprobe's file: also {@code image2}, which recognises stills (a JPEG
     * capture, a picture uploaded as an origin), with its file-name patterns ({@code img%03d.jpg})
     * turned off so that it reads the one file named.
     */
    static final List<String> PROBE_OPTIONS = List.of("-protocol_whitelist", "file",
            "-format_whitelist", String.join(",", DEMUXERS) + ",image2", "-pattern_type", "none");

    private InputFormats() {
    }
}
