package org.avengine.transcode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.avengine.transcode.wire.SdkJson;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Maps job rows to {@link Job}s and job parts to the JSON text they are stored as. */
@Component
class JobRowMapper implements RowMapper<Job> {

    private static final TypeReference<List<OutputGroupResult>> OUTPUTS = new TypeReference<>() { };

    private final SdkJson sdkJson;
    private final JsonMapper json;

    JobRowMapper(SdkJson sdkJson, JsonMapper json) {
        this.sdkJson = sdkJson;
        this.json = json;
    }

    @Override
    public Job mapRow(ResultSet rs, int rowNum) throws SQLException {
        CreateJobRequest request = sdkJson.read(json.readTree(rs.getString("request")), CreateJobRequest.class, "");
        Job job = new Job(new JobId(rs.getString("id")), rs.getString("arn"), rs.getString("queue"),
                rs.getInt("priority"), request, JobRepository.instant(rs, "created_at"), rs.getInt("version"));
        String phase = rs.getString("current_phase");
        int percent = rs.getInt("percent_complete");
        Integer percentComplete = rs.wasNull() ? null : percent;
        return job.restore(JobStatus.valueOf(rs.getString("status")),
                phase == null ? null : JobPhase.valueOf(phase), percentComplete,
                JobRepository.instant(rs, "started_at"), JobRepository.instant(rs, "finished_at"),
                failure(rs), rs.getInt("retry_count"), rs.getString("node_id"), outputs(rs.getString("output_group_details")),
                JobRepository.instant(rs, "retry_after"));
    }

    String requestJson(CreateJobRequest request) {
        return json.writeValueAsString(sdkJson.write(request));
    }

    String outputsJson(List<OutputGroupResult> outputs) {
        return outputs.isEmpty() ? null : json.writeValueAsString(outputs);
    }

    private List<OutputGroupResult> outputs(String text) {
        return text == null ? List.of() : json.readValue(text, OUTPUTS);
    }

    private static JobFailure failure(ResultSet rs) throws SQLException {
        int code = rs.getInt("error_code");
        return rs.wasNull() ? null : new JobFailure(code, rs.getString("error_message"), false);
    }
}
