package org.avengine.transcode;

import java.nio.file.Path;

import org.avengine.TestMedia;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The claim statement on the embedded H2 database, with no worker running beside the test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ClaimStatementTest {

    static final Path dataDir = TestMedia.tempDir("avengine-claim");

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
