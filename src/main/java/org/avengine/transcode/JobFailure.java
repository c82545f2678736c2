package org.avengine.transcode;

/**
 * Why a job failed, with a MediaConvert-style error code.
 *
 * @param code MediaConvert's ranges: 1010 input unreadable, 1030 unsupported input or settings,
 *     1040 output write, 1999 internal or time-out
 * @param message what happened, with ffmpeg's own last error lines where it produced them
 * @param retryable whether running the job again may succeed (storage or network hiccups, a lost lease)
 */
public record JobFailure(int code, String message, boolean retryable) {

    public static final int INPUT_UNREADABLE = 1010;
    public static final int UNSUPPORTED = 1030;
    public static final int OUTPUT_WRITE = 1040;
    public static final int INTERNAL = 1999;

    public static JobFailure permanent(int code, String message) {
        return new JobFailure(code, message, false);
    }
}
