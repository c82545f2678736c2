package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegProbeTest {

    @TempDir
    static Path clips;

    private static Path withAudio;
    private static Path videoOnly;

    @BeforeAll
    static void generateClips() {
        withAudio = TestMedia.videoWithAudio(clips, 2);
        videoOnly = TestMedia.videoOnly(clips, 1);
    }

    @Test
    void describesAClipWithVideoAndAudio() throws IOException {
        MediaInfo info = TestMedia.ffmpeg().probe(withAudio);

        assertThat(info.formatName()).contains("mp4");
        assertThat(info.durationSeconds()).isCloseTo(2.0, within(0.1));
        assertThat(info.sizeBytes()).isEqualTo(Files.size(withAudio));
        assertThat(info.bitRate()).isPositive();
        StreamInfo video = info.video().orElseThrow();
        assertThat(video.codecName()).isEqualTo("h264");
        assertThat(video.width()).isEqualTo(320);
        assertThat(video.height()).isEqualTo(240);
        assertThat(video.displayWidth()).isEqualTo(320);
        assertThat(video.rotation()).isZero();
        assertThat(video.frameRate()).isEqualTo(25.0);
        assertThat(video.pixelFormat()).isEqualTo("yuv420p");
        assertThat(video.attachedPicture()).isFalse();
        assertThat(info.hasAudio()).isTrue();
        StreamInfo audio = info.audio().get(0);
        assertThat(audio.codecName()).isEqualTo("aac");
        assertThat(audio.sampleRate()).isEqualTo(48_000);
        assertThat(audio.channels()).isEqualTo(2);
        assertThat(audio.channelLayout()).isEqualTo("stereo");
        assertThat(audio.profile()).isEqualTo("LC");
    }

    @Test
    void describesAClipWithoutAudio() {
        MediaInfo info = TestMedia.ffmpeg().probe(videoOnly);

        assertThat(info.hasAudio()).isFalse();
        assertThat(info.audio()).isEmpty();
        assertThat(info.video()).isPresent();
    }

    @Test
    void readsTheRotationARotatedClipMustBeDisplayedWith(@TempDir Path folder) {
        Path rotated = TestMedia.rotatedCopy(videoOnly, folder);

        StreamInfo video = TestMedia.ffmpeg().probe(rotated).video().orElseThrow();

        // -display_rotation 90 means "turn 90° counter-clockwise", which is 270° clockwise
        assertThat(video.rotation()).isEqualTo(270);
        assertThat(video.width()).isEqualTo(320);
        assertThat(video.displayWidth()).isEqualTo(240);
        assertThat(video.displayHeight()).isEqualTo(320);
    }

    @Test
    void refusesATextFileNamedMp4WithFfprobesOwnMessage(@TempDir Path folder) throws IOException {
        Path text = Files.writeString(folder.resolve("notes.mp4"), "this is not a video\n");

        assertThatThrownBy(() -> TestMedia.ffmpeg().probe(text))
                .isInstanceOfSatisfying(MediaUnreadableException.class, e -> {
                    assertThat(e.ffprobeMessage()).contains("Invalid data found when processing input");
                    assertThat(e.ffprobeMessage()).doesNotContain(folder.toString());
                    assertThat(e.file()).isEqualTo(text);
                    assertThat(e.getMessage()).contains("notes.mp4");
                });
    }

    @Test
    void refusesAnEmptyFile(@TempDir Path folder) throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.mp4"));

        assertThatThrownBy(() -> TestMedia.ffmpeg().probe(empty))
                .isInstanceOfSatisfying(MediaUnreadableException.class, e ->
                        assertThat(e.ffprobeMessage()).isNotBlank());
    }

    @Test
    void refusesAFileThatIsNotThere(@TempDir Path folder) {
        Path missing = folder.resolve("missing.mp4");

        assertThatThrownBy(() -> TestMedia.ffmpeg().probe(missing))
                .isInstanceOfSatisfying(MediaUnreadableException.class, e ->
                        assertThat(e.ffprobeMessage()).contains("No such file or directory"));
    }
}
