package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.avengine.ffmpeg.FfmpegResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegRunTest {

    private static final Duration LONG = Duration.ofMinutes(5);

    @TempDir
    Path folder;

    @Test
    void reportsProgressFromARealEncodeUntilTheEnd() {
        List<FfmpegProgress> reports = new CopyOnWriteArrayList<>();
        FfmpegCommand command = FfmpegCommand.builder()
                .args("-re").lavfi("testsrc2=size=320x240:rate=25")
                .args("-t", "1.5", "-c:v", "libx264", "-preset", "ultrafast").output(folder.resolve("out.mp4"))
                .build();

        FfmpegResult result = TestMedia.ffmpeg().start(command, LONG, reports::add).await();

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(result.exitCode()).isZero();
        assertThat(reports).hasSizeGreaterThan(1);
        assertThat(reports.get(reports.size() - 1).end()).isTrue();
        assertThat(reports.subList(0, reports.size() - 1)).noneMatch(FfmpegProgress::end);
        assertThat(reports.get(reports.size() - 1).frame()).isEqualTo(38);
        assertThat(reports.get(reports.size() - 1).outTimeMicros()).isBetween(1_400_000L, 1_600_000L);
    }

    @Test
    void cancelsARunningEncodeWithinTheGracePeriod() throws InterruptedException {
        CountDownLatch progressing = new CountDownLatch(1);
        FfmpegRun run = TestMedia.ffmpeg().start(endlessEncode(), LONG, progress -> progressing.countDown());
        assertThat(progressing.await(30, TimeUnit.SECONDS)).isTrue();

        run.cancel();
        FfmpegResult result = run.await();

        assertThat(result.outcome()).isEqualTo(Outcome.CANCELED);
        await().atMost(Duration.ofSeconds(5)).until(() -> !TestMedia.isAlive(run.pid()));
        assertThat(result.elapsed()).isLessThan(LONG);
        assertThat(run.isRunning()).isFalse();
    }

    @Test
    void stopsARunThatReportsNoProgress() throws Exception {
        Path fifo = TestMedia.fifo(folder);
        Ffmpeg ffmpeg = TestMedia.ffmpeg(new FfmpegProperties(
                null, null, Duration.ofSeconds(1), Duration.ofSeconds(1), 0, null));
        FfmpegCommand command = FfmpegCommand.builder()
                .args("-f", "s16le", "-ar", "48000", "-ac", "1").input(fifo).args("-f", "null", "-").build();

        FfmpegRun run = ffmpeg.start(command, LONG, progress -> { });
        FfmpegResult result = run.await();

        assertThat(result.outcome()).isEqualTo(Outcome.STALLED);
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(5)).until(() -> !TestMedia.isAlive(run.pid()));
    }

    @Test
    void stopsARunThatTakesLongerThanItsTimeout() {
        FfmpegCommand command = FfmpegCommand.builder()
                .args("-re").lavfi("testsrc2=size=320x240:rate=25").args("-t", "600", "-f", "null", "-").build();

        FfmpegRun run = TestMedia.ffmpeg().start(command, Duration.ofSeconds(2), progress -> { });
        FfmpegResult result = run.await();

        assertThat(result.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(result.elapsed()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(5)).until(() -> !TestMedia.isAlive(run.pid()));
    }

    @Test
    void explainsAFailureWithFfmpegsOwnErrorLines() {
        FfmpegCommand command = FfmpegCommand.builder()
                .lavfi("testsrc2=size=320x240").args("-t", "1", "-c:v", "libx264", "-profile:v", "nonsense")
                .output(folder.resolve("out.mp4")).build();

        FfmpegResult result = TestMedia.ffmpeg().run(command, LONG);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.lastErrorLines()).contains("x264: invalid profile: nonsense");
    }

    @Test
    void keepsOnlyABoundedTailOfAChattyStderr() {
        Ffmpeg ffmpeg = TestMedia.ffmpeg(new FfmpegProperties(null, null, null, null, 10, null));
        FfmpegCommand command = FfmpegCommand.builder()
                .args("-loglevel", "level+debug").lavfi("testsrc2=size=320x240").args("-t", "2", "-f", "null", "-")
                .build();

        FfmpegResult result = ffmpeg.run(command, LONG);

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(result.stderrTail()).hasSize(10);
        int bytes = result.stderrTail().stream().mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).sum();
        assertThat(bytes).isLessThanOrEqualTo(10 * 1024);
    }

    @Test
    void goesOnWhenTheProgressListenerThrows() {
        FfmpegCommand command = FfmpegCommand.builder()
                .lavfi("testsrc2=size=320x240").args("-t", "1", "-f", "null", "-").build();

        FfmpegResult result = TestMedia.ffmpeg().start(command, LONG, progress -> {
            throw new IllegalStateException("listener bug");
        }).await();

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    @Test
    void leavesNoThreadsBehind() {
        FfmpegCommand command = FfmpegCommand.builder()
                .lavfi("testsrc2=size=320x240").args("-t", "1", "-f", "null", "-").build();

        FfmpegRun run = TestMedia.ffmpeg().start(command, LONG, progress -> { });
        run.await();

        String prefix = "ffmpeg-" + run.pid() + "-";
        await().atMost(Duration.ofSeconds(5)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().startsWith(prefix)));
    }

    @Test
    void stopsRunsStillGoingWhenTheApplicationShutsDown() throws InterruptedException {
        Ffmpeg ffmpeg = TestMedia.ffmpeg();
        CountDownLatch progressing = new CountDownLatch(1);
        FfmpegRun run = ffmpeg.start(endlessEncode(), LONG, progress -> progressing.countDown());
        assertThat(progressing.await(30, TimeUnit.SECONDS)).isTrue();

        ffmpeg.destroy();

        assertThat(run.isRunning()).isFalse();
        assertThat(TestMedia.isAlive(run.pid())).isFalse();
    }

    private FfmpegCommand endlessEncode() {
        return FfmpegCommand.builder()
                .lavfi("testsrc2=size=320x240:rate=25")
                .args("-t", "600", "-c:v", "libx264", "-preset", "ultrafast").output(folder.resolve("long.mp4"))
                .build();
    }
}
