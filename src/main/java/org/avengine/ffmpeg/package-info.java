/**
 * FFmpeg as a child process: locating the binaries (the embedded {@code org.bytedeco:ffmpeg} build or
 * a configured system one), immutable commands, running them with progress, timeouts and cancel, and
 * probing media with ffprobe. Nothing here knows about jobs or MediaConvert settings. The entry point
 * is {@link org.avengine.ffmpeg.Ffmpeg}; its health shows in {@code /actuator/health}.
 */
package org.avengine.ffmpeg;
