package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;

/**
 * The job lifecycle on PostgreSQL, the database nodes share to scale out: the same migrations, the
 * claim with SKIP LOCKED, a job to COMPLETE, a cancel, a listing. Runs in a schema of its own that
 * is dropped afterwards; skipped, saying why, where no PostgreSQL answers on 127.0.0.1:5432.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresLifecycleTest {

    static final PostgresSchema postgres = new PostgresSchema("avengine_test");
    static final Path dataDir = TestMedia.tempDir("avengine-postgres");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        postgres.register(registry);
    }

    @BeforeAll
    static void media() throws IOException {
        postgres.assumeReachable("the PostgreSQL lifecycle test");
        Path in = Files.createDirectories(dataDir.resolve("storage/media/in"));
        TestMedia.clip(in.resolve("clip.mp4"), 640, 360, 3);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        postgres.drop();
    }

    @Test
    void runsAJobToCompleteCancelsAnotherAndListsThem() {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/clip.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/pg/",
                        JobSettingsFixtures.mp4(640, 360, "_360p"), JobSettingsFixtures.mp3("_audio"))).build();

        String done = client.createJob(r -> r.settings(settings)).job().id();
        Job complete = MediaConvertClients.awaitFinal(client, done, Duration.ofMinutes(2));
        assertThat(complete.status()).as(complete.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        var mp4 = TestMedia.probe(dataDir.resolve("storage/media/out/pg/clip_360p.mp4"));
        assertThat(TestMedia.stream(mp4, "video").get("codec_name").asString()).isEqualTo("h264");
        assertThat(TestMedia.duration(mp4)).isCloseTo(3.0, within(0.1));

        String canceled = client.createJob(r -> r.settings(settings).priority(-10)).job().id();
        client.cancelJob(r -> r.id(canceled));
        assertThat(MediaConvertClients.awaitFinal(client, canceled, Duration.ofSeconds(30)).status())
                .isEqualTo(JobStatus.CANCELED);

        var listed = client.listJobs(r -> r.maxResults(1));
        assertThat(listed.jobs()).extracting(Job::id).containsExactly(canceled);
        assertThat(client.listJobs(r -> r.maxResults(1).nextToken(listed.nextToken())).jobs())
                .extracting(Job::id).containsExactly(done);
    }

}
