package org.avengine.transcode;

/** What a PROGRESSING job is doing, as MediaConvert's {@code currentPhase}. */
public enum JobPhase {
    /** Fetching the input and reading what it holds. */
    PROBING,
    /** ffmpeg is encoding the outputs. */
    TRANSCODING,
    /** Outputs are written to their destinations. */
    UPLOADING
}
