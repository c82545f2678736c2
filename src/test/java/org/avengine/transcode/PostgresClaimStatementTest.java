package org.avengine.transcode;

import java.nio.file.Path;
import java.sql.SQLException;

import org.avengine.PostgresSchema;
import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The claim statement on PostgreSQL (FOR UPDATE OF the job and its queue, SKIP LOCKED), in a schema
 * of its own that is dropped afterwards; skipped, saying why, where no PostgreSQL answers on
 * 127.0.0.1:5432.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PostgresClaimStatementTest {

    static final PostgresSchema postgres = new PostgresSchema("avengine_claim");
    static final Path dataDir = TestMedia.tempDir("avengine-pg-claim");

    @Autowired
    JobRepository jobs;
    @Autowired
    QueueService queues;
    @Autowired
    JdbcClient jdbc;
    ClaimScenarios scenarios;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.transcode.worker.enabled", () -> "false");
        postgres.register(registry);
    }

    @BeforeAll
    static void requirePostgres() {
        postgres.assumeReachable("the PostgreSQL claim test");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        postgres.drop();
    }

    @BeforeEach
    void clear() {
        scenarios = new ClaimScenarios(jobs, queues, jdbc);
        scenarios.clear();
    }

    @Test
    void claimsTheMostUrgentJobFirstThenTheOldest() {
        scenarios.claimsTheMostUrgentJobFirstThenTheOldest();
    }

    @Test
    void skipsJobsOfPausedQueuesUntilTheyAreResumed() {
        scenarios.skipsJobsOfPausedQueuesUntilTheyAreResumed();
    }

    @Test
    void neverRunsMoreJobsOfAQueueThanItsConcurrentJobs() {
        scenarios.neverRunsMoreJobsOfAQueueThanItsConcurrentJobs();
    }

}
