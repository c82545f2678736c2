package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.avengine.ffmpeg.FfmpegResult.Outcome;
import org.junit.jupiter.api.Test;

class FfmpegResultTest {

    @Test
    void picksTheCauseOfAnEncoderFailureWithoutTheFollowOnNoise() throws IOException {
        FfmpegResult result = failedWith(recorded("stderr-invalid-profile.txt"));

        assertThat(result.lastErrorLines()).containsExactly(
                "x264: invalid profile: nonsense",
                "[libx264] Error setting profile nonsense.",
                "[vost#0:0/libx264] [enc:libx264] Error while opening encoder - maybe incorrect parameters such as"
                        + " bit_rate, rate, width or height.");
    }

    @Test
    void recognisesErrorsInOutputWithoutLogLevels() throws IOException {
        FfmpegResult result = failedWith(recorded("stderr-unreadable-input-no-levels.txt"));

        assertThat(result.lastErrorLines()).containsExactly(
                "[in#0] moov atom not found",
                "[in#0] Error opening input: Invalid data found when processing input",
                "Error opening input file t.mp4.");
    }

    @Test
    void keepsAtMostFiveErrorLines() {
        List<String> stderr = List.of("[error] one", "[error] two", "[error] three", "[error] four", "[error] five",
                "[error] six", "[info] done");

        assertThat(failedWith(stderr).lastErrorLines()).containsExactly("two", "three", "four", "five", "six");
    }

    @Test
    void fallsBackToTheLastLinesWhenNothingLooksLikeAnError() {
        List<String> stderr = List.of("[info] a", "[info] b", "[info] c", "[info] Conversion failed!");

        assertThat(failedWith(stderr).lastErrorLines()).containsExactly("b", "c", "Conversion failed!");
    }

    @Test
    void succeedsOnlyWhenTheOutcomeSaysSo() {
        assertThat(new FfmpegResult(Outcome.SUCCEEDED, 0, List.of(), Duration.ZERO).succeeded()).isTrue();
        assertThat(new FfmpegResult(Outcome.CANCELED, 255, List.of(), Duration.ZERO).succeeded()).isFalse();
    }

    private static FfmpegResult failedWith(List<String> stderr) {
        return new FfmpegResult(Outcome.FAILED, 1, stderr, Duration.ofSeconds(1));
    }

    private static List<String> recorded(String resource) throws IOException {
        try (InputStream in = FfmpegResultTest.class.getResourceAsStream("/ffmpeg/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
