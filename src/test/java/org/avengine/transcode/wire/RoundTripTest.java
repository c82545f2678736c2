package org.avengine.transcode.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.Timing;
import tools.jackson.databind.JsonNode;

class RoundTripTest {

    private final SdkJson sdkJson = new SdkJson();

    @Test
    void readsBackWhatItWroteForBothPublishedJobFiles() {
        for (String name : new String[] {Fixtures.SINGLE_MP4, Fixtures.HLS_ABR}) {
            CreateJobRequest request = sdkJson.readJobFile(Fixtures.jobFile(name));

            assertThat(sdkJson.read(sdkJson.write(request), CreateJobRequest.class)).as(name).isEqualTo(request);
        }
    }

    @Test
    void readsBackAJobThroughJsonText() {
        String text = Fixtures.JSON.writeValueAsString(sdkJson.write(WireWritingTest.JOB));

        Job job = sdkJson.read(Fixtures.JSON.readTree(text), Job.class);

        assertThat(job).isEqualTo(WireWritingTest.JOB);
        assertThat(job.timing().startTime()).isEqualTo(Instant.ofEpochSecond(1_700_000_005, 250_000_000));
    }

    @Test
    void acceptsTimestampsAsEpochSecondsOrIso8601() {
        JsonNode json = Fixtures.JSON.readTree("""
                {"timing": {"submitTime": 1700000000, "startTime": "2023-11-14T22:13:25.5Z",
                 "finishTime": "2023-11-14T23:13:30+01:00"}}""");

        Timing timing = sdkJson.read(json, Job.class).timing();

        assertThat(timing.submitTime()).isEqualTo(Instant.ofEpochSecond(1_700_000_000));
        assertThat(timing.startTime()).isEqualTo(Instant.ofEpochSecond(1_700_000_005, 500_000_000));
        assertThat(timing.finishTime()).isEqualTo(Instant.ofEpochSecond(1_700_000_010));
    }

    /** Reflection happens once per model class; this many reads stay quick (measured in bench/, not here). */
    @Test
    void readsTheSameJobFileAThousandTimesToEqualRequests() {
        JsonNode file = Fixtures.jobFile(Fixtures.HLS_ABR);
        CreateJobRequest first = sdkJson.readJobFile(file);

        for (int i = 0; i < 1_000; i++) {
            assertThat(sdkJson.readJobFile(file)).isEqualTo(first);
        }
    }
}
