package org.avengine.transcode;

/** What an output is, which decides how it is encoded, named and described. */
enum OutputKind {
    /** A media file with video and, optionally, audio (MP4, MOV, WebM). */
    VIDEO_FILE,
    /** A media file with audio only (MP3, AAC in MP4, Opus/Vorbis in WebM). */
    AUDIO_FILE,
    /** Numbered still images (JPEG, or WebP when the output's extension is {@code webp}). */
    FRAME_CAPTURE,
    /** One animated image (GIF, or animated WebP when the output's extension is {@code webp}). */
    ANIMATION
}
