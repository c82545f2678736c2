package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playlist local-file-read attack against ffprobe and ffmpeg themselves: a concat list or HLS
 * playlist beside a secret file, which ffmpeg's own defaults would read (a relative concat entry is
 * "safe" to ffmpeg, and the text demuxer draws a text file into video frames).
 */
class InputFormatsTest {

    static final String SECRET = "AVENGINE-SECRET-51D2";

    @TempDir
    Path folder;

    @Test
    void ffprobeRefusesAConcatListAndAPlaylistNamingTheFormat() throws IOException {
        Path list = lists();
        assertThatThrownBy(() -> TestMedia.ffmpeg().probe(list))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("it is concat");
        assertThatThrownBy(() -> TestMedia.ffmpeg().probe(folder.resolve("list.m3u8")))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("it is hls");
    }

    @Test
    void ffmpegWithTheInputOptionsDoesNotOpenAConcatListThatDrawsASecretIntoFrames() throws IOException {
        Path list = lists();
        Path out = folder.resolve("out.mp4");
        FfmpegCommand command = FfmpegCommand.builder().args(InputFormats.INPUT_OPTIONS.toArray(String[]::new))
                .input(list).args("-map", "0:v", "-c:v", "libx264", "-preset", "ultrafast", "-frames:v", "5").output(out).build();

        FfmpegResult result = TestMedia.ffmpeg().run(command, Duration.ofSeconds(60));

        assertThat(result.outcome()).isEqualTo(FfmpegResult.Outcome.FAILED);
        assertThat(String.join("\n", result.stderrTail())).contains("Format not on whitelist").doesNotContain(SECRET);
        assertThat(out).doesNotExist();
    }

    @Test
    void ffprobeStillReadsOrdinaryMedia() {
        Path clip = TestMedia.videoOnly(folder, 1);
        assertThat(TestMedia.ffmpeg().probe(clip).video()).isPresent();
    }

    private Path lists() throws IOException {
        Files.writeString(folder.resolve("secret.txt"), (SECRET + "\n").repeat(10));
        Files.writeString(folder.resolve("list.m3u8"), "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n"
                + folder.resolve("secret.txt").toUri() + "\n#EXT-X-ENDLIST\n");
        return Files.writeString(folder.resolve("list.ffconcat"), "ffconcat version 1.0\nfile secret.txt\n");
    }
}
