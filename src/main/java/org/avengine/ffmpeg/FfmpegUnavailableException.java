package org.avengine.ffmpeg;

/** FFmpeg or ffprobe cannot be run on this node; the message says why and, where known, how to fix it. */
public class FfmpegUnavailableException extends RuntimeException {

    public FfmpegUnavailableException(String message) {
        super(message);
    }

    public FfmpegUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
