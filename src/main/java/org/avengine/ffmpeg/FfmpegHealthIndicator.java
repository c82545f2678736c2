package org.avengine.ffmpeg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Shows in {@code /actuator/health} which FFmpeg this node runs and whether it has the encoders
 * avengine's presets use. DOWN when FFmpeg cannot be started; a missing encoder is a detail, not
 * DOWN, because only the presets that use it fail.
 */
@Component
class FfmpegHealthIndicator implements HealthIndicator {

    static final List<String> KEY_ENCODERS = List.of("libx264", "libx265", "libvpx-vp9", "libvpx", "libopus",
            "libvorbis", "aac", "libmp3lame", "libwebp", "mjpeg");

    private final FfmpegBinaries binaries;

    FfmpegHealthIndicator(FfmpegBinaries binaries) {
        this.binaries = binaries;
    }

    @Override
    public Health health() {
        return binaries.failure()
                .map(failure -> Health.down().withDetail("error", failure.getMessage()).build())
                .orElseGet(() -> up(binaries.info()));
    }

    private static Health up(FfmpegInfo info) {
        Map<String, Boolean> encoders = new LinkedHashMap<>();
        KEY_ENCODERS.forEach(name -> encoders.put(name, info.hasEncoder(name)));
        return Health.up()
                .withDetail("version", info.version())
                .withDetail("ffmpegPath", info.ffmpegPath().toString())
                .withDetail("ffprobePath", info.ffprobePath().toString())
                .withDetail("encoders", encoders)
                .withDetail("missingEncoders", KEY_ENCODERS.stream().filter(name -> !info.hasEncoder(name)).toList())
                .build();
    }
}
