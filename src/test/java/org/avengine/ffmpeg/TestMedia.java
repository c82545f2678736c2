package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Real FFmpeg for tests, and small clips it generates with lavfi. */
final class TestMedia {

    static final Duration CLIP_TIMEOUT = Duration.ofSeconds(60);

    private static FfmpegBinaries binaries;

    private TestMedia() {
    }

    /** The embedded binaries, located once per test JVM. */
    static synchronized FfmpegBinaries binaries() {
        if (binaries == null) {
            binaries = new FfmpegBinaries(FfmpegProperties.defaults());
        }
        return binaries;
    }

    static Ffmpeg ffmpeg() {
        return ffmpeg(FfmpegProperties.defaults());
    }

    static Ffmpeg ffmpeg(FfmpegProperties properties) {
        return new Ffmpeg(binaries(), properties, new SimpleMeterRegistry());
    }

    /** A 320x240, 25 fps H.264 clip with a 440 Hz AAC tone. */
    static Path videoWithAudio(Path folder, double seconds) {
        return generate(FfmpegCommand.builder()
                .lavfi("testsrc2=size=320x240:rate=25")
                .lavfi("sine=frequency=440:sample_rate=48000")
                .args("-t", String.valueOf(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                        "-c:a", "aac", "-ac", "2"), folder.resolve("with-audio.mp4"));
    }

    /** A 320x240 H.264 clip without audio. */
    static Path videoOnly(Path folder, double seconds) {
        return generate(FfmpegCommand.builder()
                .lavfi("testsrc2=size=320x240:rate=25")
                .args("-t", String.valueOf(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"),
                folder.resolve("video-only.mp4"));
    }

    /** A copy of {@code source} whose display matrix says: turn 90° counter-clockwise to display. */
    static Path rotatedCopy(Path source, Path folder) {
        return generate(FfmpegCommand.builder()
                .args("-display_rotation", "90")
                .input(source)
                .args("-c", "copy"), folder.resolve("rotated.mp4"));
    }

    private static Path generate(FfmpegCommand.Builder command, Path output) {
        FfmpegResult result = ffmpeg().run(command.output(output).build(), CLIP_TIMEOUT);
        assertThat(result.outcome()).as("generating %s: %s", output, result.stderrTail())
                .isEqualTo(FfmpegResult.Outcome.SUCCEEDED);
        return output;
    }

    /** A named pipe: ffmpeg reading it blocks until someone writes, which nobody does. */
    static Path fifo(Path folder) throws IOException, InterruptedException {
        Path fifo = folder.resolve("never-written");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        return fifo;
    }

    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
