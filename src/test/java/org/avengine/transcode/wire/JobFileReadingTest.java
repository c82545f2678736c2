package org.avengine.transcode.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.mediaconvert.model.AudioDefaultSelection;
import software.amazon.awssdk.services.mediaconvert.model.ContainerType;
import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.H264RateControlMode;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroupType;
import tools.jackson.databind.JsonNode;

class JobFileReadingTest {

    private final SdkJson sdkJson = new SdkJson();

    @Test
    void readsThePublishedSingleMp4JobFile() {
        CreateJobRequest request = sdkJson.readJobFile(Fixtures.jobFile(Fixtures.SINGLE_MP4));

        assertThat(request.role()).isEqualTo("ROLE ARN");
        JobSettings settings = request.settings();
        var group = settings.outputGroups().get(0);
        assertThat(group.outputGroupSettings().type()).isEqualTo(OutputGroupType.FILE_GROUP_SETTINGS);
        assertThat(group.outputGroupSettings().fileGroupSettings().destination()).isEqualTo("s3://bucket/out");
        var video = group.outputs().get(0).videoDescription();
        assertThat(video.width()).isEqualTo(1920);
        assertThat(video.codecSettings().h264Settings().rateControlMode()).isEqualTo(H264RateControlMode.CBR);
        assertThat(video.codecSettings().h264Settings().framerateDenominator()).isEqualTo(1001);
        var selectors = settings.inputs().get(0).audioSelectors();
        assertThat(selectors).containsOnlyKeys("Audio Selector 1", "Audio Selector 2");
        assertThat(selectors.get("Audio Selector 2").defaultSelection()).isEqualTo(AudioDefaultSelection.NOT_DEFAULT);
        assertThat(request.hasUserMetadata()).isTrue();
    }

    @Test
    void readsThePublishedHlsJobFileWithThreeRenditions() {
        CreateJobRequest request = sdkJson.readJobFile(Fixtures.jobFile(Fixtures.HLS_ABR));

        var group = request.settings().outputGroups().get(0);
        assertThat(group.outputGroupSettings().type()).isEqualTo(OutputGroupType.HLS_GROUP_SETTINGS);
        assertThat(group.outputs()).hasSize(3);
        var container = group.outputs().get(0).containerSettings();
        assertThat(container.container()).isEqualTo(ContainerType.M3_U8);
        assertThat(container.m3u8Settings().audioPids()).startsWith(482, 483).hasSize(11);
    }

    @Test
    void readsTheCamelCaseSpellingOfAJobFileToAnEqualRequest() {
        JsonNode pascal = Fixtures.jobFile(Fixtures.HLS_ABR);

        CreateJobRequest fromCamel = sdkJson.readJobFile(Fixtures.camelCase(pascal));

        assertThat(fromCamel).isEqualTo(sdkJson.readJobFile(pascal));
    }

    @Test
    void acceptsEitherSpellingKeyByKey() {
        JsonNode mixed = Fixtures.JSON.readTree("""
                {"Role": "arn:role", "settings": {"Inputs": [{"fileInput": "s3://in/a.mp4"}]}, "priority": 5}
                """);

        CreateJobRequest request = sdkJson.readJobFile(mixed);

        assertThat(request.role()).isEqualTo("arn:role");
        assertThat(request.priority()).isEqualTo(5);
        assertThat(request.settings().inputs().get(0).fileInput()).isEqualTo("s3://in/a.mp4");
    }

    @Test
    void treatsNullsAsAbsent() {
        JsonNode json = Fixtures.JSON.readTree("""
                {"role": null, "settings": {"inputs": [null, {"fileInput": null}]}, "userMetadata": {"a": null}}
                """);

        CreateJobRequest request = sdkJson.readJobFile(json);

        assertThat(request.role()).isNull();
        assertThat(request.settings().inputs()).hasSize(1);
        assertThat(request.settings().inputs().get(0).fileInput()).isNull();
        assertThat(request.userMetadata()).isEmpty();
    }
}
