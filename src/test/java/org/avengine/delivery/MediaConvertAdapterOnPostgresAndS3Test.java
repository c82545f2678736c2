package org.avengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.avengine.ElasticMqServer;
import org.avengine.MediaConvertClients;
import org.avengine.PostgresSchema;
import org.avengine.TestMedia;
import org.avengine.storage.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's story ({@link EngineStory}) through the MediaConvert adapter, on the set-up of a real
 * MediaConvert deployment: the engine submits with the AWS SDK's MediaConvertClient to avengine's
 * MediaConvert API (this application, on a port chosen before it starts), outputs land in the shared
 * S3 store (s3proxy), and completions come only from an SQS queue (ElasticMQ) the transcoder sends its
 * events to; the database is PostgreSQL (skipped saying why where none answers).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext
class MediaConvertAdapterOnPostgresAndS3Test {

    static final PostgresSchema postgres = new PostgresSchema("avengine_mc_story");
    static final Path dataDir = TestMedia.tempDir("avengine-mc-story");
    static final int port = freePort();
    static final String ROLE = "arn:aws:iam::000000000000:role/avengine-engine";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final S3ProxyServer s3 = S3ProxyServer.inMemory().createBucket("avengine-storage").createBucket("avengine-input");
    static final ElasticMqServer elasticMq = ElasticMqServer.start();
    static final String queueUrl = elasticMq.createQueue("engine-events");
    static final OriginServer origin = OriginServer.start(dataDir.resolve("origin"));

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> port);
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineStory.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineStory.ADMIN_SECRET);
        registry.add("avengine.storage.inputs.allow-http", () -> "true");
        registry.add("avengine.storage.inputs.allowed-networks", () -> "127.0.0.1/32");
        s3.springProperties().forEach((key, value) -> registry.add(key, () -> value));
        postgres.register(registry);
        for (String prefix : new String[] {"avengine.transcode.events.sqs.", "avengine.engine.mediaconvert.events."}) {
            registry.add(prefix + "queue-url", () -> queueUrl);
            registry.add(prefix + "endpoint", () -> elasticMq.endpoint().toString());
        }
        registry.add("avengine.transcode.events.sqs.enabled", () -> "true");
        registry.add("avengine.transcode.events.sqs.access-key", () -> ElasticMqServer.ACCESS_KEY);
        registry.add("avengine.transcode.events.sqs.secret-key", () -> ElasticMqServer.SECRET_KEY);
        registry.add("avengine.engine.transcoder", () -> "mediaconvert");
        registry.add("avengine.engine.mediaconvert.endpoint", () -> "http://127.0.0.1:" + port);
        registry.add("avengine.engine.mediaconvert.role", () -> ROLE);
        registry.add("avengine.engine.mediaconvert.access-key", () -> ElasticMqServer.ACCESS_KEY);
        registry.add("avengine.engine.mediaconvert.secret-key", () -> ElasticMqServer.SECRET_KEY);
    }

    @BeforeAll
    static void reachable() {
        postgres.assumeReachable("the engine story through the MediaConvert adapter on PostgreSQL and S3");
    }

    @AfterAll
    static void stop() throws Exception {
        origin.close();
        s3.close();
        elasticMq.close();
        postgres.drop();
    }

    @Test
    void theEngineStoryPassesThroughTheMediaConvertClientWithCompletionsFromSqs() throws Exception {
        EngineStory story = EngineStory.admin(port, dataDir.resolve("delivered"), jdbc);
        EngineStory.Video video = story.video(origin.url("/films/clip.mp4"));

        JsonNode job = JSON.readTree(story.send("GET", video.space() + "/images/" + video.id() + "/metadata", null).body());
        assertThat(job.get("status").asString()).isEqualTo("COMPLETE");
        assertThat(job.get("role").asString()).as("the job came through the adapter, which sets the role").isEqualTo(ROLE);
        assertThat(job.get("settings").get("outputGroups").get(0).get("outputs")).as("MP4, WebM and the poster; the HLS ladder has its own group").hasSize(3);

        MediaConvertClients.awaitTrue("every job event was accepted by SQS", Duration.ofSeconds(30),
                () -> jdbc.sql("SELECT COUNT(*) FROM job_event_sqs").query(Long.class).single() == 0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job_events").query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
