package org.avengine.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.avengine.transcode.Job;
import org.avengine.transcode.JobFilter;
import org.avengine.transcode.JobRun;
import org.avengine.transcode.JobSearch;
import org.avengine.transcode.JobStatus;
import org.springframework.stereotype.Component;

/** The rows of the job list for a viewer and a query: only jobs of the viewer's customer unless an administrator. */
@Component
class JobRows {

    private final JobSearch search;
    private final UiProperties properties;

    JobRows(JobSearch search, UiProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    List<JobRow> find(Viewer viewer, JobsQuery query) {
        JobFilter filter = new JobFilter(query.statusValue(), query.queueValue(), query.fromInstant(), query.beforeInstant(),
                query.q(), viewer.user().dlcsIdPrefix(), properties.pageSize());
        Instant now = Instant.now();
        return search.find(filter).stream().map(job -> row(job, now)).toList();
    }

    private JobRow row(Job job, Instant now) {
        boolean running = job.status() == JobStatus.PROGRESSING;
        Double speed = running ? search.run(job.id()).map(JobRun::speed).orElse(null) : null;
        return new JobRow(job.id().value(), job.status().name(), job.phase() == null ? null : job.phase().name(),
                job.queue(), name(job), job.percentComplete(), speed,
                running ? JobRow.eta(job.startedAt(), job.percentComplete(), now) : null,
                job.createdAt(), job.finishedAt(), job.failure() == null ? null : job.failure().code());
    }

    static String name(Job job) {
        Map<String, String> metadata = job.request().userMetadata();
        for (String key : List.of("title", "Title", "dlcsId", "name")) {
            if (metadata.containsKey(key)) {
                return metadata.get(key);
            }
        }
        var inputs = job.request().settings() == null ? null : job.request().settings().inputs();
        if (inputs == null || inputs.isEmpty() || inputs.get(0).fileInput() == null) {
            return "";
        }
        String input = inputs.get(0).fileInput();
        return input.substring(input.lastIndexOf('/') + 1);
    }
}
