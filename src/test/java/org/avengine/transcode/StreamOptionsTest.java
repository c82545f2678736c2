package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StreamOptionsTest {

    @Test
    void everyEncoderOptionIsNarrowedToOneStreamOfTheMuxerAndMapsAndValuesAreKept() {
        List<String> options = List.of("-map", "[v0]", "-c:v", "libx264", "-preset", "faster", "-profile:v", "high",
                "-b:v", "800000", "-g", "90", "-x265-params", "log-level=error");

        assertThat(StreamOptions.indexed(options, "v", 2)).containsExactly("-map", "[v0]", "-c:v:2", "libx264",
                "-preset:v:2", "faster", "-profile:v:2", "high", "-b:v:2", "800000", "-g:v:2", "90",
                "-x265-params:v:2", "log-level=error");
    }
}
