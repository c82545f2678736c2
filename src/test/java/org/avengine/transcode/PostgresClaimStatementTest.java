package org.avengine.transcode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
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

    static final String URL = System.getProperty("avengine.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("avengine.test.postgres-user", "postgres");
    static final String SCHEMA = "avengine_claim_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @BeforeAll
    static void requirePostgres() {
        Assumptions.assumeTrue(reachable(), "PostgreSQL is not reachable at " + URL + " as " + USER
                + "; skipping the PostgreSQL claim test");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (reachable()) {
            try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
                connection.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
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

    static boolean reachable() {
        try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
