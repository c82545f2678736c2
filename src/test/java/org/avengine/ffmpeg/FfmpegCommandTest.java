package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FfmpegCommandTest {

    @Test
    void startsEveryCommandWithProgressOnStdoutAndNoInteraction() {
        FfmpegCommand command = FfmpegCommand.builder().lavfi("testsrc2").output(Path.of("out.mp4")).build();

        assertThat(command.arguments()).startsWith(
                "-hide_banner", "-nostdin", "-nostats", "-loglevel", "level+info", "-progress", "pipe:1", "-y");
        assertThat(command.arguments()).endsWith("-f", "lavfi", "-i", "testsrc2", "out.mp4");
    }

    @Test
    void keepsArgumentsInTheOrderTheyWereAdded() {
        FfmpegCommand command = FfmpegCommand.builder()
                .args("-ss", "5").input(Path.of("in.mov"))
                .filterComplex("[0:v]split=2[a][b]").map("[a]").args("-c:v", "libx264").output(Path.of("a.mp4"))
                .map("[b]").output(Path.of("b.webm"))
                .build();

        assertThat(command.arguments().subList(FfmpegCommand.STANDARD_OPTIONS.size(), command.arguments().size()))
                .containsExactly("-ss", "5", "-i", "in.mov", "-filter_complex", "[0:v]split=2[a][b]",
                        "-map", "[a]", "-c:v", "libx264", "a.mp4", "-map", "[b]", "b.webm");
    }

    @Test
    void isImmutable() {
        List<String> arguments = new ArrayList<>(List.of("-progress", "pipe:1", "out.mp4"));
        FfmpegCommand command = new FfmpegCommand(arguments);
        arguments.add("extra");

        assertThat(command.arguments()).containsExactly("-progress", "pipe:1", "out.mp4");
        assertThatThrownBy(() -> command.arguments().add("more")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesACommandThatWouldNotReportProgress() {
        assertThatThrownBy(() -> new FfmpegCommand(List.of("-i", "in.mp4", "out.mp4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-progress pipe:1");
    }

    @Test
    void printsAShellQuotedLine() {
        FfmpegCommand command = FfmpegCommand.builder()
                .input(Path.of("/media/my clip's.mov"))
                .args("-vf", "scale=-2:720,format=yuv420p")
                .args("-metadata", "title=")
                .output(Path.of("/out/a.mp4"))
                .build();

        assertThat(command.toString())
                .startsWith("ffmpeg -hide_banner -nostdin")
                .endsWith("-i '/media/my clip'\\''s.mov' -vf scale=-2:720,format=yuv420p -metadata title= /out/a.mp4");
    }

    @Test
    void quotesEmptyArguments() {
        FfmpegCommand command = FfmpegCommand.builder().args("-metadata", "").build();

        assertThat(command.toString()).endsWith("-metadata ''");
    }
}
