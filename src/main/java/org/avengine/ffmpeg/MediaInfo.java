package org.avengine.ffmpeg;

import java.util.List;
import java.util.Optional;

/**
 * What ffprobe found in a media file.
 *
 * @param formatName the container as ffprobe names it, e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param durationSeconds the container's duration, when known
 * @param bitRate the overall bit rate in bits per second, when known
 * @param sizeBytes the file's size
 * @param streams every stream, in file order
 */
public record MediaInfo(String formatName, Double durationSeconds, Long bitRate, long sizeBytes, List<StreamInfo> streams) {

    public MediaInfo {
        streams = List.copyOf(streams);
    }

    /** The first video stream that is not an attached picture (cover art). */
    public Optional<StreamInfo> video() {
        return streams.stream().filter(StreamInfo::isVideo).filter(s -> !s.attachedPicture()).findFirst();
    }

    public List<StreamInfo> audio() {
        return streams.stream().filter(StreamInfo::isAudio).toList();
    }

    public boolean hasAudio() {
        return streams.stream().anyMatch(StreamInfo::isAudio);
    }
}
