package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
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

    static final String URL = System.getProperty("avengine.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("avengine.test.postgres-user", "postgres");
    static final String SCHEMA = "avengine_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static final Path dataDir = TestMedia.tempDir("avengine-postgres");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @BeforeAll
    static void media() throws IOException {
        Assumptions.assumeTrue(reachable(), "PostgreSQL is not reachable at " + URL + " as " + USER
                + "; skipping the PostgreSQL lifecycle test");
        Path in = Files.createDirectories(dataDir.resolve("storage/media/in"));
        TestMedia.clip(in.resolve("clip.mp4"), 640, 360, 3);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (reachable()) {
            try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
                connection.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
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

    static boolean reachable() {
        try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
