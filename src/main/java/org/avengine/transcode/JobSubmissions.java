package org.avengine.transcode;

import org.avengine.transcode.wire.InvalidFieldException;
import org.avengine.transcode.wire.SdkJson;
import org.springframework.stereotype.Service;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Jobs made from a job file as people keep them (PascalCase or camelCase JSON), and jobs run again. */
@Service
public class JobSubmissions {

    private final JobService jobs;
    private final SdkJson sdkJson;
    private final JsonMapper json;

    JobSubmissions(JobService jobs, SdkJson sdkJson, JsonMapper json) {
        this.jobs = jobs;
        this.sdkJson = sdkJson;
        this.json = json;
    }

    /**
     * Creates the job a job file describes.
     *
     * @throws InvalidRequestException whose problems each start with the field's path ({@code settings.inputs[0].fileInput: ...})
     */
    public Job submit(String jobFile) {
        return jobs.create(read(jobFile));
    }

    /** Reads and checks a job file without creating anything. */
    public CreateJobRequest read(String jobFile) {
        JsonNode tree;
        try {
            tree = json.readTree(jobFile == null ? "" : jobFile);
        } catch (JacksonException e) {
            throw new InvalidRequestException("job: not JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidRequestException("job: a job file is one JSON object");
        }
        try {
            return sdkJson.readJobFile(tree);
        } catch (InvalidFieldException e) {
            throw new InvalidRequestException(e.problems());
        }
    }

    /** A new job with the same request (settings, template, queue, user metadata) as an earlier one. */
    public Job rerun(String id) {
        return jobs.create(jobs.get(id).request().toBuilder().clientRequestToken(null).build());
    }
}
