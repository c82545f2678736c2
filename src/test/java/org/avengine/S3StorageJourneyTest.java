package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.avengine.storage.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The same journey with an S3-compatible object store (s3proxy in-process): the input is uploaded
 * with the AWS SDK's S3 client, avengine reads and writes through S3, the outputs are downloaded
 * and probed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class S3StorageJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-s3");
    static final S3ProxyServer s3 = S3ProxyServer.inMemory().createBucket("media");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        s3.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
    }

    @Test
    void transcodesFromS3ToS3() throws Exception {
        Path clip = TestMedia.clip(dataDir.resolve("upload.mp4"), 640, 360, 3);
        try (S3Client client = s3.newClient()) {
            client.putObject(r -> r.bucket("media").key("uploads/car-123.mp4"), RequestBody.fromFile(clip));

            MediaConvertClient mediaConvert = MediaConvertClients.at(port);
            JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/uploads/car-123.mp4"))
                    .outputGroups(JobSettingsFixtures.fileGroup("s3://media/outputs/car-123/",
                            JobSettingsFixtures.mp4(640, 360, "_360p"), JobSettingsFixtures.webm(320, 180, "_180p"),
                            JobSettingsFixtures.stills("_poster", "webp", 1)))
                    .build();
            String id = mediaConvert.createJob(r -> r.settings(settings)).job().id();
            Job job = MediaConvertClients.awaitFinal(mediaConvert, id, Duration.ofMinutes(2));
            assertThat(job.status()).as(job.errorMessage()).isEqualTo(JobStatus.COMPLETE);

            Path mp4 = dataDir.resolve("out.mp4");
            client.getObject(r -> r.bucket("media").key("outputs/car-123/car-123_360p.mp4"), mp4);
            var probe = TestMedia.probe(mp4);
            assertThat(TestMedia.stream(probe, "video").get("width").asInt()).isEqualTo(640);
            assertThat(TestMedia.duration(probe)).isCloseTo(3.0, within(0.1));

            Path webm = dataDir.resolve("out.webm");
            client.getObject(r -> r.bucket("media").key("outputs/car-123/car-123_180p.webm"), webm);
            assertThat(TestMedia.stream(TestMedia.probe(webm), "video").get("codec_name").asString()).isEqualTo("vp9");

            assertThat(client.headObject(r -> r.bucket("media").key("outputs/car-123/car-123_poster.0000000.webp"))
                    .contentLength()).isPositive();
            assertThat(Files.exists(dataDir.resolve("storage"))).as("nothing written to the local store").isFalse();
        }
    }
}
