package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegBinariesTest {

    @TempDir
    Path folder;

    @Test
    void findsTheEmbeddedFfmpegAndItsEncoders() {
        FfmpegInfo info = TestMedia.binaries().info();

        assertThat(info.version()).startsWith("8.");
        assertThat(info.ffmpegPath()).endsWith(Path.of("ffmpeg")).isExecutable();
        assertThat(info.ffprobePath()).endsWith(Path.of("ffprobe")).isExecutable();
        assertThat(info.encoders()).contains("libx264", "libx265", "libvpx-vp9", "libopus", "aac", "libwebp", "mjpeg");
    }

    @Test
    void prefersConfiguredExecutables() throws IOException {
        Path ffmpeg = launcherOfEmbedded("ffmpeg");
        Path ffprobe = launcherOfEmbedded("ffprobe");

        FfmpegInfo info = new FfmpegBinaries(properties(ffmpeg, ffprobe)).info();

        assertThat(info.ffmpegPath()).isEqualTo(ffmpeg);
        assertThat(info.ffprobePath()).isEqualTo(ffprobe);
        assertThat(info.version()).isEqualTo(TestMedia.binaries().info().version());
    }

    @Test
    void namesTheMissingSharedLibraryWhenAnExecutableCannotStart() throws IOException {
        Path ffmpeg = copyOfEmbedded("ffmpeg");

        FfmpegBinaries binaries = new FfmpegBinaries(properties(ffmpeg, TestMedia.binaries().info().ffprobePath()));

        assertThat(binaries.failure()).hasValueSatisfying(failure -> assertThat(failure.getMessage())
                .contains("libavdevice.so.62")
                .contains("apt-get install libpulse0"));
        assertThatThrownBy(binaries::info).isInstanceOf(FfmpegUnavailableException.class)
                .hasMessageContaining("libavdevice.so.62");
    }

    @Test
    void reportsAConfiguredPathThatIsNoExecutable() {
        Path missing = folder.resolve("no-such-ffmpeg");

        FfmpegBinaries binaries = new FfmpegBinaries(properties(missing, missing));

        assertThat(binaries.failure()).hasValueSatisfying(failure -> assertThat(failure.getMessage())
                .contains("no-such-ffmpeg").contains("not an executable"));
    }

    /** The embedded executable alone, without the libraries beside it: as a system binary it cannot start. */
    private Path copyOfEmbedded(String name) throws IOException {
        Path source = TestMedia.binaries().info().ffmpegPath().resolveSibling(name);
        return Files.copy(source, folder.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
    }

    /** A "system" executable: a script that runs the embedded one with its libraries. */
    private Path launcherOfEmbedded(String name) throws IOException {
        Path embedded = TestMedia.binaries().info().ffmpegPath().resolveSibling(name);
        Path script = folder.resolve("system-" + name);
        Files.writeString(script, "#!/bin/sh\nLD_LIBRARY_PATH='" + embedded.getParent() + "' exec '" + embedded + "' \"$@\"\n");
        script.toFile().setExecutable(true);
        return script;
    }

    private static FfmpegProperties properties(Path ffmpeg, Path ffprobe) {
        return new FfmpegProperties(ffmpeg, ffprobe, null, null, 0, null);
    }
}
