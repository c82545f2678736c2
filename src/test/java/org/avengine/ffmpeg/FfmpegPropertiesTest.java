package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class FfmpegPropertiesTest {

    @Test
    void defaultsToTheEmbeddedBinariesAndSensibleLimits() {
        FfmpegProperties properties = bind(Map.of("avengine.ffmpeg.stall-timeout", "60s"));

        assertThat(properties.ffmpegPath()).isNull();
        assertThat(properties.ffprobePath()).isNull();
        assertThat(properties.stallTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.cancelGracePeriod()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.stderrTailLines()).isEqualTo(40);
        assertThat(properties.probeTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(FfmpegProperties.defaults()).isEqualTo(properties);
    }

    @Test
    void bindsConfiguredValues() {
        FfmpegProperties properties = bind(Map.of(
                "avengine.ffmpeg.ffmpeg-path", "/usr/bin/ffmpeg",
                "avengine.ffmpeg.ffprobe-path", "/usr/bin/ffprobe",
                "avengine.ffmpeg.stall-timeout", "2m",
                "avengine.ffmpeg.cancel-grace-period", "500ms",
                "avengine.ffmpeg.stderr-tail-lines", "100",
                "avengine.ffmpeg.probe-timeout", "10s"));

        assertThat(properties.ffmpegPath()).isEqualTo(Path.of("/usr/bin/ffmpeg"));
        assertThat(properties.ffprobePath()).isEqualTo(Path.of("/usr/bin/ffprobe"));
        assertThat(properties.stallTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.cancelGracePeriod()).isEqualTo(Duration.ofMillis(500));
        assertThat(properties.stderrTailLines()).isEqualTo(100);
        assertThat(properties.probeTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void refusesLimitsThatCouldNeverBeMet() {
        assertThatThrownBy(() -> new FfmpegProperties(null, null, Duration.ZERO, null, 0, null))
                .hasMessageContaining("stall-timeout");
        assertThatThrownBy(() -> new FfmpegProperties(null, null, null, null, -1, null))
                .hasMessageContaining("stderr-tail-lines");
    }

    private static FfmpegProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bind("avengine.ffmpeg", FfmpegProperties.class).get();
    }
}
