package org.avengine.transcode;

import java.time.Duration;

/** The transcoder's settings as application.yml gives them, for tests that build planners by hand. */
final class TranscodeDefaults {

    private TranscodeDefaults() {
    }

    static TranscodeProperties properties() {
        return new TranscodeProperties("us-east-1", "000000000000",
                new TranscodeProperties.Worker(true, 2, Duration.ofMillis(500), Duration.ofSeconds(60),
                        Duration.ofSeconds(1), 3, Duration.ofHours(6)),
                new TranscodeProperties.Chunking(true, Duration.ofMinutes(10), Duration.ofSeconds(10), 1,
                        Duration.ofMillis(250), Duration.ofSeconds(60), Duration.ofSeconds(1), 2, "avengine-work"));
    }
}
