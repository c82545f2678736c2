package org.avengine.ui;

import java.util.ArrayList;
import java.util.List;

import org.avengine.storage.ObjectRef;
import org.avengine.transcode.Job;
import org.avengine.transcode.JobDescriptions;
import org.avengine.transcode.JobRun;
import org.avengine.transcode.JobSearch;
import org.avengine.transcode.JobService;
import org.avengine.transcode.OutputGroupResult;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Everything a job's page shows: timeline, settings, the ffmpeg run, and the outputs with players. */
@Component
class JobDetails {

    private final JobService jobs;
    private final JobDescriptions descriptions;
    private final JobSearch search;
    private final OutputViews outputs;

    JobDetails(JobService jobs, JobDescriptions descriptions, JobSearch search, OutputViews outputs) {
        this.jobs = jobs;
        this.descriptions = descriptions;
        this.search = search;
        this.outputs = outputs;
    }

    record View(Job job, List<TimelineEntry> timeline, String settings, JobRun run, List<OutputView> outputs) {

        public String stderr() {
            return run == null ? "" : String.join("\n", run.stderrTail());
        }
    }

    View of(Job job) {
        List<TimelineEntry> timeline = jobs.events(job.id()).stream().map(TimelineEntry::of).toList();
        JsonNode wire = descriptions.describe(job.id().value()).orElseThrow();
        JsonMapper pretty = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        String settings = pretty.writeValueAsString(wire.path("settings"));
        return new View(job, timeline, settings, search.run(job.id()).orElse(null), outputs.of(located(job)));
    }

    private static List<OutputViews.Located> located(Job job) {
        String base = "/ui/jobs/" + job.id().value() + "/files/";
        List<OutputViews.Located> found = new ArrayList<>();
        for (OutputGroupResult group : job.outputGroups()) {
            if (!group.playlistFilePaths().isEmpty()) {
                group.playlistFilePaths().forEach(p -> found.add(new OutputViews.Located(p, OutputViews.path(base, ObjectRef.parse(p)),
                        null, null, group.outputDetails().isEmpty() ? null : group.outputDetails().get(0).durationInMs())));
                continue;
            }
            for (var output : group.outputDetails()) {
                var picture = output.videoDetails();
                output.outputFilePaths().forEach(p -> found.add(new OutputViews.Located(p, OutputViews.path(base, ObjectRef.parse(p)),
                        picture == null ? null : picture.widthInPx(), picture == null ? null : picture.heightInPx(),
                        output.durationInMs())));
            }
        }
        return found;
    }
}
