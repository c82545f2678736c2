package org.avengine.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.avengine.ffmpeg.Ffmpeg;
import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.MediaUnreadableException;
import org.avengine.storage.InputFetcher;
import org.avengine.storage.LocalInput;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.StoreLocation;
import org.avengine.system.AvengineProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Probes the copied origin with ffprobe before any job is made, so that an input that is not audio
 * or video (a picture, a text file, a PDF), or lacks what its media type promises, ends as a clear
 * asset error rather than as whatever a transcode of it would say.
 */
@Component
class OriginProbe {

    /** ffprobe's demuxers for still pictures and text: {@code image2}, {@code png_pipe}, {@code jpeg_pipe}, {@code tty}... */
    private static final Pattern NOT_MEDIA = Pattern.compile("image2|.*_pipe|tty");

    private final InputFetcher fetcher;
    private final Ffmpeg ffmpeg;
    private final AvengineProperties node;

    OriginProbe(InputFetcher fetcher, Ffmpeg ffmpeg, AvengineProperties node) {
        this.fetcher = fetcher;
        this.ffmpeg = ffmpeg;
        this.node = node;
    }

    /**
     * Checks the copy of {@code origin} at {@code input} is media of {@code mediaType}'s kind.
     *
     * @throws OriginNotMediaException naming what ffprobe found instead
     */
    void check(String origin, ObjectRef input, String mediaType) {
        Path work = node.workDir().resolve("probe-" + input.fileName());
        MediaInfo info;
        try (LocalInput local = fetcher.fetch(new StoreLocation(input), work)) {
            info = ffmpeg.probe(local.path());
        } catch (MediaUnreadableException e) {
            throw new OriginNotMediaException(origin + " is not audio or video; ffprobe says: " + e.ffprobeMessage());
        } finally {
            deleteFolder(work);
        }
        String problem = problem(info, mediaType);
        if (problem != null) {
            throw new OriginNotMediaException(origin + " (" + mediaType + ") " + problem);
        }
    }

    private static String problem(MediaInfo info, String mediaType) {
        if (NOT_MEDIA.matcher(info.formatName()).matches()) {
            return "is not audio or video; ffprobe reads it as '" + info.formatName() + "'";
        }
        if (info.video().isEmpty() && !info.hasAudio()) {
            return "is not audio or video; ffprobe finds no audio or video stream in it";
        }
        if (mediaType.startsWith("audio/") && !info.hasAudio()) {
            return "has no audio stream";
        }
        if (mediaType.startsWith("video/") && info.video().isEmpty()) {
            return "has no video stream; register it as audio/*";
        }
        return null;
    }

    private static void deleteFolder(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot delete the probe folder " + folder + ": " + e, e);
        }
    }

    /** The origin is not media, or not the media its registration says. */
    static class OriginNotMediaException extends RuntimeException {

        OriginNotMediaException(String message) {
            super(message);
        }
    }
}
