package org.avengine.watchfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The plain transcoder path of the watch folder: a PascalCase MediaConvert job file dropped into
 * {@code jobs/} becomes that job; a broken one lands in {@code failed/} with the validation message; a
 * video dropped under a job-template rule becomes a job from the template.
 */
class JobFolderTest {

    static final Path dataDir = TestMedia.tempDir("avengine-watch-jobs");
    static final Path uploads = dataDir.resolve("storage/uploads");
    static WatchNode node;

    @BeforeAll
    static void start() throws IOException {
        TestMedia.clip(Files.createDirectories(uploads.resolve("media")).resolve("clip.mp4"), 320, 180, 1);
        node = WatchNode.start(dataDir, Map.of());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aJobFileDroppedIntoJobsIsSubmittedAndABrokenOneFailsWithItsValidationMessage() throws IOException {
        node.created("/admin/watchRules", """
                {"name": "job-files", "prefix": "s3://uploads/jobs/", "jobFiles": true}""");
        Path jobs = Files.createDirectories(uploads.resolve("jobs"));
        Files.writeString(jobs.resolve("web.json"), jobFile("FileInput"));
        Files.writeString(jobs.resolve("typo.json"), jobFile("FileInputt"));

        WatchNode.await("both job files to move", Duration.ofMinutes(2), () -> Files.exists(jobs.resolve("processed/web.json"))
                && Files.exists(jobs.resolve("failed/typo.json.error.json")));
        assertThat(uploads.resolve("out/clip_web.mp4")).isNotEmptyFile();
        String job = node.jdbc().sql("SELECT job_id FROM watch_items WHERE object_key = 'jobs/web.json'").query(String.class).single();
        JsonNode view = node.get("/2017-08-29/jobs/" + job).json().get("job");
        assertThat(view.get("status").asString()).isEqualTo("COMPLETE");
        assertThat(view.at("/userMetadata/watchKey").asString()).isEqualTo("s3://uploads/jobs/web.json");
        assertThat(view.at("/userMetadata/team").asString()).isEqualTo("cars");

        JsonNode report = WatchNode.JSON.readTree(jobs.resolve("failed/typo.json.error.json").toFile());
        assertThat(report.get("reason").asString()).isEqualTo("INVALID_JOB_FILE");
        assertThat(report.get("message").asString()).contains("settings.inputs[0].FileInputt");
    }

    @Test
    void aVideoDroppedUnderATemplateRuleBecomesAJobFromTheTemplate() throws IOException {
        WatchNode.Response template = node.post("/2017-08-29/jobTemplates", """
                {"name": "small-mp4", "settings": {"outputGroups": [{"outputGroupSettings": {"type": "FILE_GROUP_SETTINGS",
                  "fileGroupSettings": {"destination": "s3://uploads/templated/"}},
                  "outputs": [{"nameModifier": "_small", "containerSettings": {"container": "MP4"},
                    "videoDescription": {"width": 160, "codecSettings": {"codec": "H_264",
                      "h264Settings": {"rateControlMode": "QVBR", "maxBitrate": 400000}}}}]}]}}""");
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        node.created("/admin/watchRules", """
                {"name": "templated", "prefix": "s3://uploads/tpl/", "pattern": "tpl/{entityId}/{file}", "jobTemplate": "small-mp4"}""");
        Path folder = Files.createDirectories(uploads.resolve("tpl/listing-5"));
        Files.copy(uploads.resolve("media/clip.mp4"), folder.resolve("walkaround.mp4"));

        WatchNode.await("the video to be processed", Duration.ofMinutes(2),
                () -> Files.exists(uploads.resolve("tpl/processed/listing-5/walkaround.mp4")));
        assertThat(uploads.resolve("templated/walkaround_small.mp4")).isNotEmptyFile();
        String job = node.jdbc().sql("SELECT job_id FROM watch_items WHERE rule_name = 'templated'").query(String.class).single();
        assertThat(node.get("/2017-08-29/jobs/" + job).json().at("/job/userMetadata/entity").asString()).isEqualTo("listing-5");
    }

    private static String jobFile(String inputField) {
        return """
                {"UserMetadata": {"team": "cars"},
                 "Settings": {"Inputs": [{"%s": "s3://uploads/media/clip.mp4"}],
                  "OutputGroups": [{"OutputGroupSettings": {"Type": "FILE_GROUP_SETTINGS",
                    "FileGroupSettings": {"Destination": "s3://uploads/out/"}},
                    "Outputs": [{"NameModifier": "_web", "ContainerSettings": {"Container": "MP4"},
                      "VideoDescription": {"Width": 160, "CodecSettings": {"Codec": "H_264",
                        "H264Settings": {"RateControlMode": "QVBR", "MaxBitrate": 400000}}}}]}]}}""".formatted(inputField);
    }
}
