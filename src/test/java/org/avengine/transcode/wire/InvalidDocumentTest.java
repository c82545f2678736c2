package org.avengine.transcode.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import tools.jackson.databind.node.ObjectNode;

class InvalidDocumentTest {

    private static final String H264 = "settings.outputGroups[0].outputs[1].videoDescription.codecSettings.h264Settings";

    private final SdkJson sdkJson = new SdkJson();

    @Test
    void namesAnUnknownFieldWithItsFullPath() {
        ObjectNode job = mp4Job();
        output(job, 0).put("foo", 1);

        assertThat(problems(job)).containsExactly("settings.outputGroups[0].outputs[0].foo: unknown field");
    }

    @Test
    void listsTheAcceptedValuesOfAnEnumInTheModelsOrder() {
        ObjectNode job = mp4Job();
        h264(output(job, 1)).put("RateControlMode", "CBRX");

        assertThat(problems(job)).containsExactly(H264 + ".rateControlMode: 'CBRX' is not one of VBR, CBR, QVBR");
    }

    @Test
    void namesTheExpectedAndTheGivenJsonType() {
        ObjectNode job = mp4Job();
        ObjectNode h264 = h264(output(job, 1));
        h264.put("GopSize", "48");
        h264.put("Bitrate", 4.5);
        h264.put("HrdBufferSize", 3_000_000_000L);
        h264.put("Syntax", 1);
        output(job, 1).putObject("AudioDescriptions");

        assertThat(problems(job)).containsExactlyInAnyOrder(
                H264 + ".gopSize: expected a number, got string \"48\"",
                H264 + ".bitrate: expected an integer, got number 4.5",
                H264 + ".hrdBufferSize: number 3000000000 is out of range (-2147483648 to 2147483647)",
                H264 + ".syntax: expected a string, got number 1",
                "settings.outputGroups[0].outputs[1].audioDescriptions: expected a list, got an object");
    }

    @Test
    void reportsEveryProblemOfADocumentAtOnce() {
        ObjectNode job = mp4Job();
        job.put("Priority", "high");
        output(job, 0).put("foo", true);
        h264(output(job, 1)).put("RateControlMode", "CBRX");

        InvalidFieldException e = invalid(job);

        assertThat(e.problems()).hasSize(3);
        assertThat(e.getMessage()).isEqualTo(String.join("; ", e.problems()))
                .startsWith("settings.outputGroups[0].outputs[0].foo: unknown field; ")
                .endsWith("; priority: expected an integer, got string \"high\"");
    }

    @Test
    void keepsMapKeysAndQuotesThemInPaths() {
        ObjectNode job = mp4Job();
        ObjectNode selectors = ((ObjectNode) job.path("Settings").path("Inputs").get(0)).putObject("AudioSelectors");
        selectors.putObject("Audio Selector 1").put("Tracks", "1");

        assertThat(problems(job)).containsExactly(
                "settings.inputs[0].audioSelectors[\"Audio Selector 1\"].tracks: expected a list, got string \"1\"");
    }

    @Test
    void rejectsTheSameFieldGivenInBothSpellings() {
        ObjectNode job = mp4Job();
        job.put("role", "arn:other");

        assertThat(problems(job)).containsExactly("role: given twice, as 'Role' and 'role'");
    }

    @Test
    void prefixesProblemsWithThePathOfTheDocument() {
        ObjectNode settings = Fixtures.JSON.createObjectNode();
        settings.put("timecodeConfig", "none");

        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class,
                () -> sdkJson.read(settings, JobSettings.class, "jobTemplate.settings"));

        assertThat(e.problems()).containsExactly("jobTemplate.settings.timecodeConfig: expected an object, got string \"none\"");
    }

    @Test
    void rejectsABodyThatIsNotAnObject() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class,
                () -> sdkJson.read(Fixtures.JSON.createArrayNode(), CreateJobRequest.class));

        assertThat(e.problems()).containsExactly("(root): expected an object, got a list");
    }

    private ObjectNode mp4Job() {
        ObjectNode job = (ObjectNode) Fixtures.jobFile(Fixtures.SINGLE_MP4);
        var group = (ObjectNode) job.path("Settings").path("OutputGroups").get(0);
        group.withArray("Outputs").add(group.path("Outputs").get(0).deepCopy());
        return job;
    }

    private static ObjectNode output(ObjectNode job, int index) {
        return (ObjectNode) job.path("Settings").path("OutputGroups").get(0).path("Outputs").get(index);
    }

    private static ObjectNode h264(ObjectNode output) {
        return (ObjectNode) output.path("VideoDescription").path("CodecSettings").path("H264Settings");
    }

    private InvalidFieldException invalid(ObjectNode job) {
        return catchThrowableOfType(InvalidFieldException.class, () -> sdkJson.readJobFile(job));
    }

    private List<String> problems(ObjectNode job) {
        return invalid(job).problems();
    }
}
