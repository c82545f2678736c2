package org.avengine.ffmpeg;

/**
 * One stream of a media file, as ffprobe describes it. Values a stream does not have are null.
 *
 * @param index the stream's index in the file
 * @param codecType {@code video}, {@code audio}, {@code subtitle}, {@code data} or {@code attachment}
 * @param codecName e.g. {@code h264}, {@code aac}
 * @param profile e.g. {@code High}, {@code LC}
 * @param width coded width in pixels
 * @param height coded height in pixels
 * @param rotation degrees (0, 90, 180 or 270) the picture must be turned clockwise to be displayed upright
 * @param frameRate the average frame rate, else the base frame rate
 * @param sampleRate audio samples per second
 * @param channels audio channel count
 * @param channelLayout e.g. {@code stereo}
 * @param pixelFormat e.g. {@code yuv420p}
 * @param durationSeconds the stream's duration
 * @param bitRate the stream's bit rate in bits per second
 * @param attachedPicture whether this "video" is a cover picture attached to audio
 * @param level the codec level as ffprobe gives it (H.264 {@code 31} for 3.1, HEVC {@code 93} for 3.1), null when unknown
 */
public record StreamInfo(
        int index,
        String codecType,
        String codecName,
        String profile,
        Integer width,
        Integer height,
        int rotation,
        Double frameRate,
        Integer sampleRate,
        Integer channels,
        String channelLayout,
        String pixelFormat,
        Double durationSeconds,
        Long bitRate,
        boolean attachedPicture,
        Integer level) {

    /** A stream whose codec level is not known. */
    public StreamInfo(int index, String codecType, String codecName, String profile, Integer width, Integer height,
            int rotation, Double frameRate, Integer sampleRate, Integer channels, String channelLayout, String pixelFormat,
            Double durationSeconds, Long bitRate, boolean attachedPicture) {
        this(index, codecType, codecName, profile, width, height, rotation, frameRate, sampleRate, channels,
                channelLayout, pixelFormat, durationSeconds, bitRate, attachedPicture, null);
    }

    public boolean isVideo() {
        return "video".equals(codecType);
    }

    public boolean isAudio() {
        return "audio".equals(codecType);
    }

    /** The width as displayed, after rotation. */
    public Integer displayWidth() {
        return quarterTurned() ? height : width;
    }

    /** The height as displayed, after rotation. */
    public Integer displayHeight() {
        return quarterTurned() ? width : height;
    }

    private boolean quarterTurned() {
        return rotation == 90 || rotation == 270;
    }
}
