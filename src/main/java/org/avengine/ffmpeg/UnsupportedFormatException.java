package org.avengine.ffmpeg;

import java.nio.file.Path;

/** ffprobe recognised the file, but as a format avengine does not read (see {@link InputFormats}). */
public class UnsupportedFormatException extends MediaUnreadableException {

    private final String format;

    public UnsupportedFormatException(Path file, String format) {
        super(file, "it is " + format + ", a format avengine does not read: playlists and lists of other files are"
                + " refused so that an input cannot make ffmpeg read anything but itself");
        this.format = format;
    }

    /** ffmpeg's name of the refused demuxer, e.g. {@code hls} or {@code concat}. */
    public String format() {
        return format;
    }
}
