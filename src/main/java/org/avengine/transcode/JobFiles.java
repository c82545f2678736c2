package org.avengine.transcode;

import java.util.LinkedHashMap;
import java.util.Map;

import org.avengine.transcode.wire.InvalidFieldException;
import org.avengine.transcode.wire.SdkJson;
import org.springframework.stereotype.Service;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import tools.jackson.databind.JsonNode;

/**
 * Submits job files as users keep them: the console's or the AWS CLI's PascalCase job JSON, or the
 * camelCase wire form. Used where a file, not an API call, starts a job (the watch folder).
 */
@Service
public class JobFiles {

    private final SdkJson sdkJson;
    private final JobService jobs;

    JobFiles(SdkJson sdkJson, JobService jobs) {
        this.sdkJson = sdkJson;
        this.jobs = jobs;
    }

    /**
     * Creates the job the file describes, with {@code metadata} added to its {@code userMetadata} and
     * {@code clientRequestToken} replacing the file's own (so submitting the same file again returns
     * the same job).
     *
     * @throws InvalidRequestException naming each field of the file that is wrong, or what the job lacks
     */
    public Job submit(JsonNode jobFile, Map<String, String> metadata, String clientRequestToken) {
        CreateJobRequest request;
        try {
            request = sdkJson.readJobFile(jobFile);
        } catch (InvalidFieldException e) {
            throw new InvalidRequestException(e.problems());
        }
        Map<String, String> userMetadata = new LinkedHashMap<>(request.userMetadata());
        userMetadata.putAll(metadata);
        return jobs.create(request.toBuilder().userMetadata(userMetadata).clientRequestToken(clientRequestToken).build());
    }
}
