package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQS message bodies as the MediaConvert adapter meets them: AWS's events as an EventBridge rule's SQS
 * target delivers them (raw event JSON, with fields avengine does not write), the same inside an SNS
 * notification, and bodies that are no job events at all.
 */
class EventMessageTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The shape of AWS MediaConvert's COMPLETE event for a file group, as its user guide documents it. */
    static final String AWS_COMPLETE = """
            {"version": "0", "id": "5e0b7c3e-2f6d-4c55-9a43-3b1f2f0d8a11", "detail-type": "MediaConvert Job State Change",
             "source": "aws.mediaconvert", "account": "123456789012", "time": "2026-03-02T10:15:30Z", "region": "eu-west-1",
             "resources": ["arn:aws:mediaconvert:eu-west-1:123456789012:jobs/1772446500000-ab12cd"],
             "detail": {"timestamp": 1772446530123, "accountId": "123456789012",
               "queue": "arn:aws:mediaconvert:eu-west-1:123456789012:queues/Default", "jobId": "1772446500000-ab12cd",
               "status": "COMPLETE", "paddingInserted": 0, "blackVideoDetected": 0,
               "userMetadata": {"dlcsId": "2/1/film", "jobId": "ingest-7", "mediaType": "video/mp4"},
               "warnings": [{"code": 230001, "count": 1}],
               "outputGroupDetails": [{"type": "FILE_GROUP", "outputDetails": [
                 {"outputFilePaths": ["s3://avengine-storage/2/1/film/transcoding/ingest-7/out_0.mp4"], "durationInMs": 30030,
                  "videoDetails": {"widthInPx": 1280, "heightInPx": 720, "averageBitrate": 4400000, "qvbrAvgQuality": 7.4}},
                 {"outputFilePaths": ["s3://avengine-storage/2/1/film/transcoding/ingest-7/out_1.mp3"], "durationInMs": 30040}]}]}}""";

    @Test
    void anAwsEventBridgeEventInTheBodyIsReadWithEveryOutputInOrder() {
        JsonNode event = EventMessage.parse(AWS_COMPLETE, JSON).orElseThrow();
        CompletedJob job = CompletedJob.from(event);

        assertThat(job.jobId()).isEqualTo("1772446500000-ab12cd");
        assertThat(job.isComplete()).isTrue();
        assertThat(job.dlcsId()).isEqualTo("2/1/film");
        assertThat(job.ingestToken()).isEqualTo("ingest-7");
        assertThat(job.files()).containsExactly(
                new CompletedJob.OutputFile("s3://avengine-storage/2/1/film/transcoding/ingest-7/out_0.mp4", 30030L, 1280, 720),
                new CompletedJob.OutputFile("s3://avengine-storage/2/1/film/transcoding/ingest-7/out_1.mp3", 30040L, null, null));
    }

    @Test
    void anAwsErrorEventCarriesItsCodeAndMessage() {
        JsonNode event = EventMessage.parse("""
                {"version": "0", "id": "9a1f", "detail-type": "MediaConvert Job State Change", "source": "aws.mediaconvert",
                 "detail": {"jobId": "1772446500000-ef34gh", "status": "ERROR", "errorCode": 1010,
                   "errorMessage": "Unable to open input file", "userMetadata": {"dlcsId": "2/1/film", "jobId": "ingest-8"}}}""", JSON)
                .orElseThrow();
        CompletedJob job = CompletedJob.from(event);

        assertThat(job.isComplete()).isFalse();
        assertThat(job.errorCode()).isEqualTo(1010);
        assertThat(job.errorMessage()).isEqualTo("Unable to open input file");
        assertThat(job.files()).isEmpty();
    }

    @Test
    void anEventInsideAnSnsNotificationIsUnwrapped() {
        String notification = JSON.writeValueAsString(JSON.createObjectNode().put("Type", "Notification")
                .put("MessageId", "c1").put("TopicArn", "arn:aws:sns:eu-west-1:123456789012:jobs").put("Message", AWS_COMPLETE));

        JsonNode event = EventMessage.parse(notification, JSON).orElseThrow();

        assertThat(event.get("detail").get("jobId").asString()).isEqualTo("1772446500000-ab12cd");
    }

    @Test
    void bodiesThatAreNoMediaConvertJobEventsAreRecognisedAsSuch() {
        assertThat(EventMessage.parse("not json {", JSON)).isEmpty();
        assertThat(EventMessage.parse("[1, 2]", JSON)).isEmpty();
        assertThat(EventMessage.parse("""
                {"Records": [{"eventSource": "aws:s3", "eventName": "ObjectCreated:Put"}]}""", JSON)).isEmpty();
        assertThat(EventMessage.parse("""
                {"detail-type": "Object Created", "source": "aws.s3", "detail": {"bucket": {"name": "media"}}}""", JSON)).isEmpty();
        assertThat(EventMessage.parse("""
                {"detail-type": "MediaConvert Job State Change", "source": "aws.mediaconvert"}""", JSON)).isEmpty();
    }
}
