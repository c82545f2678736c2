package org.avengine.transcode.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.FileGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobPhase;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.mediaconvert.model.OutputDetail;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroupDetail;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroupType;
import software.amazon.awssdk.services.mediaconvert.model.Timing;
import software.amazon.awssdk.services.mediaconvert.model.VideoDetail;
import tools.jackson.databind.node.ObjectNode;

class WireWritingTest {

    static final Job JOB = Job.builder()
            .id("1700000000000-abc123")
            .arn("arn:aws:mediaconvert:local:000000000000:jobs/1700000000000-abc123")
            .status(JobStatus.PROGRESSING)
            .currentPhase(JobPhase.TRANSCODING)
            .jobPercentComplete(42)
            .createdAt(Instant.ofEpochSecond(1_700_000_000))
            .timing(Timing.builder()
                    .submitTime(Instant.ofEpochSecond(1_700_000_000))
                    .startTime(Instant.ofEpochSecond(1_700_000_005, 250_000_000))
                    .build())
            .userMetadata(Map.of("car", "123"))
            .settings(JobSettings.builder()
                    .inputs(Input.builder().fileInput("s3://in/car-123.mp4").build())
                    .outputGroups(OutputGroup.builder()
                            .outputGroupSettings(OutputGroupSettings.builder()
                                    .type(OutputGroupType.FILE_GROUP_SETTINGS)
                                    .fileGroupSettings(FileGroupSettings.builder().destination("s3://out/car-123/").build())
                                    .build())
                            .build())
                    .build())
            .outputGroupDetails(OutputGroupDetail.builder()
                    .outputDetails(OutputDetail.builder()
                            .durationInMs(5_000)
                            .videoDetails(VideoDetail.builder().widthInPx(1280).heightInPx(720).build())
                            .build())
                    .build())
            .build();

    private final SdkJson sdkJson = new SdkJson();

    @Test
    void writesAJobWithWireNamesEnumStringsAndEpochSecondTimestamps() {
        String json = Fixtures.JSON.writeValueAsString(sdkJson.write(JOB));

        assertThat(json).isEqualTo("""
                {"arn":"arn:aws:mediaconvert:local:000000000000:jobs/1700000000000-abc123",\
                "createdAt":1700000000,"currentPhase":"TRANSCODING","id":"1700000000000-abc123",\
                "jobPercentComplete":42,"outputGroupDetails":[{"outputDetails":[{"durationInMs":5000,\
                "videoDetails":{"heightInPx":720,"widthInPx":1280}}]}],\
                "settings":{"inputs":[{"fileInput":"s3://in/car-123.mp4"}],"outputGroups":[{"outputGroupSettings":\
                {"fileGroupSettings":{"destination":"s3://out/car-123/"},"type":"FILE_GROUP_SETTINGS"}}]},\
                "status":"PROGRESSING","timing":{"startTime":1700000005.25,"submitTime":1700000000},\
                "userMetadata":{"car":"123"}}""");
    }

    @Test
    void leavesOutUnsetMembersAndDoesNotInventAnIdempotencyToken() {
        ObjectNode json = sdkJson.write(CreateJobRequest.builder().role("arn:role").build());

        assertThat(json.propertyNames()).containsExactly("role");
    }

    @Test
    void writesEmptyListsThatWereSetExplicitly() {
        ObjectNode json = sdkJson.write(JobSettings.builder().inputs(List.of()).build());

        assertThat(json.path("inputs").isArray()).isTrue();
        assertThat(json.path("inputs").size()).isZero();
    }
}
