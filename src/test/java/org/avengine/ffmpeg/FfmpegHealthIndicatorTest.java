package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class FfmpegHealthIndicatorTest {

    @Test
    void showsTheVersionPathAndKeyEncoders() {
        Health health = new FfmpegHealthIndicator(TestMedia.binaries()).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("version", TestMedia.binaries().info().version());
        assertThat(health.getDetails().get("ffmpegPath").toString()).endsWith("ffmpeg");
        assertThat(health.getDetails().get("ffprobePath").toString()).endsWith("ffprobe");
        @SuppressWarnings("unchecked")
        Map<String, Boolean> encoders = (Map<String, Boolean>) health.getDetails().get("encoders");
        assertThat(encoders).containsOnlyKeys(FfmpegHealthIndicator.KEY_ENCODERS)
                .containsEntry("libx264", true).containsEntry("aac", true).containsEntry("libwebp", true);
    }

    @Test
    void isDownWithTheReasonWhenFfmpegCannotRun() {
        Path missing = Path.of("/nonexistent/ffmpeg");
        FfmpegBinaries broken = new FfmpegBinaries(new FfmpegProperties(missing, missing, null, null, 0, null));

        Health health = new FfmpegHealthIndicator(broken).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("error").toString()).contains("/nonexistent/ffmpeg");
    }
}
