package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProgressParserTest {

    @Test
    void readsEveryBlockOfARecordedLibx264RunIncludingNotAvailableValues() throws IOException {
        List<FfmpegProgress> reports = parse("progress-libx264-realtime.txt");

        assertThat(reports).hasSize(5);
        FfmpegProgress first = reports.get(0);
        assertThat(first.frame()).isZero();
        assertThat(first.outTimeMicros()).isNull();
        assertThat(first.speed()).isNull();
        assertThat(first.totalSize()).isEqualTo(48);
        assertThat(first.end()).isFalse();
        assertThat(reports.get(2).fps()).isEqualTo(2.66);
    }

    @Test
    void marksOnlyTheLastBlockAsTheEnd() throws IOException {
        List<FfmpegProgress> reports = parse("progress-libx264-realtime.txt");

        assertThat(reports).extracting(FfmpegProgress::end).containsExactly(false, false, false, false, true);
        FfmpegProgress last = reports.get(4);
        assertThat(last.outTimeMicros()).isPositive();
        assertThat(last.outTime()).contains(Duration.ofNanos(last.outTimeMicros() * 1000));
    }

    @Test
    void toleratesMissingKeysOfAnAudioOnlyRun() throws IOException {
        List<FfmpegProgress> reports = parse("progress-audio-only.txt");

        assertThat(reports).hasSize(3);
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.frame()).isNull();
            assertThat(report.fps()).isNull();
        });
        assertThat(reports.get(0).outTimeMicros()).isEqualTo(1_953_500);
        assertThat(reports.get(0).speed()).isEqualTo(0.781);
        assertThat(reports.get(2).outTimeMicros()).isEqualTo(2_000_000);
        assertThat(reports.get(2).totalSize()).isEqualTo(1452);
    }

    @Test
    void fallsBackToTheClockWhenMicrosecondsAreMissing() {
        ProgressParser parser = new ProgressParser();
        parser.accept("out_time=00:01:02.500000");

        assertThat(parser.accept("progress=continue")).map(FfmpegProgress::outTimeMicros).contains(62_500_000L);
    }

    @Test
    void treatsNegativeTimesAndGarbageAsUnknown() {
        ProgressParser parser = new ProgressParser();
        parser.accept("out_time_us=-23220");
        parser.accept("speed=fast");
        parser.accept("frame=");
        parser.accept("no equals sign here");

        Optional<FfmpegProgress> report = parser.accept("progress=continue");

        assertThat(report).hasValueSatisfying(progress -> {
            assertThat(progress.outTimeMicros()).isNull();
            assertThat(progress.speed()).isNull();
            assertThat(progress.frame()).isNull();
        });
    }

    @Test
    void startsEachBlockAfresh() {
        ProgressParser parser = new ProgressParser();
        parser.accept("frame=10");
        parser.accept("progress=continue");

        assertThat(parser.accept("progress=continue")).map(FfmpegProgress::frame).isEmpty();
    }

    @Test
    void givesAPercentageOfAKnownDuration() {
        FfmpegProgress halfway = new FfmpegProgress(50L, 25.0, 1_000_000L, 1.0, 1000L, false);

        assertThat(halfway.percentOf(2.0)).hasValue(50.0);
        assertThat(halfway.percentOf(0.5)).hasValue(100.0);
        assertThat(halfway.percentOf(null)).isEmpty();
    }

    private static List<FfmpegProgress> parse(String resource) throws IOException {
        ProgressParser parser = new ProgressParser();
        try (InputStream in = ProgressParserTest.class.getResourceAsStream("/ffmpeg/" + resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().map(parser::accept).flatMap(Optional::stream).toList();
        }
    }
}
