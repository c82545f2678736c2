package org.avengine.ffmpeg;

import java.nio.file.Path;

/** ffprobe cannot read a file as media; {@link #ffprobeMessage()} is what ffprobe said about it. */
public class MediaUnreadableException extends RuntimeException {

    private final transient Path file;
    private final String ffprobeMessage;

    public MediaUnreadableException(Path file, String ffprobeMessage) {
        super("Cannot read " + file.getFileName() + " as media: " + ffprobeMessage);
        this.file = file;
        this.ffprobeMessage = ffprobeMessage;
    }

    public Path file() {
        return file;
    }

    public String ffprobeMessage() {
        return ffprobeMessage;
    }
}
