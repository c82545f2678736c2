package org.avengine.transcode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.avengine.transcode.wire.SdkJson;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** MediaConvert's job operations, on its REST paths and in its wire format. */
@RestController
@RequestMapping("/2017-08-29")
class JobsApi {

    private final JobService jobs;
    private final JobView view;
    private final SdkJson sdkJson;
    private final JsonMapper json;

    JobsApi(JobService jobs, JobView view, SdkJson sdkJson, JsonMapper json) {
        this.jobs = jobs;
        this.view = view;
        this.sdkJson = sdkJson;
        this.json = json;
    }

    @PostMapping("/jobs")
    ResponseEntity<ObjectNode> createJob(HttpServletRequest http) {
        CreateJobRequest request = sdkJson.read(WireBodies.parse(json, WireBodies.body(http)), CreateJobRequest.class, "");
        return ResponseEntity.status(HttpStatus.CREATED).body(wrap("job", view.toWire(jobs.create(request))));
    }

    @GetMapping("/jobs/{id}")
    ObjectNode getJob(@PathVariable String id) {
        return wrap("job", view.toWire(jobs.get(id)));
    }

    @GetMapping("/jobs")
    ObjectNode listJobs(@RequestParam(required = false) Integer maxResults,
            @RequestParam(required = false) String nextToken,
            @RequestParam(required = false) String order,
            @RequestParam(required = false) String queue,
            @RequestParam(required = false) String status) {
        var page = jobs.list(WireBodies.enumParam(JobStatus.class, "status", status), queueName(queue),
                "ASCENDING".equals(WireBodies.oneOf("order", order, "ASCENDING", "DESCENDING")),
                WireBodies.maxResults(maxResults), decodeToken(nextToken));
        ObjectNode result = json.createObjectNode();
        var array = result.putArray("jobs");
        page.jobs().forEach(job -> array.add(view.toWire(job)));
        if (page.lastId() != null) {
            result.put("nextToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(page.lastId().value().getBytes(StandardCharsets.UTF_8)));
        }
        return result;
    }

    @DeleteMapping("/jobs/{id}")
    ResponseEntity<ObjectNode> cancelJob(@PathVariable String id) {
        jobs.cancel(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(json.createObjectNode());
    }

    /** An avengine extension: the state-change events of one job, oldest first. */
    @GetMapping("/jobs/{id}/events")
    ObjectNode jobEvents(@PathVariable String id) {
        ObjectNode result = json.createObjectNode();
        var array = result.putArray("events");
        jobs.events(jobs.get(id).id()).forEach(array::add);
        return result;
    }

    private static String queueName(String queue) {
        if (queue == null) {
            return null;
        }
        int slash = queue.lastIndexOf("queues/");
        return slash >= 0 ? queue.substring(slash + "queues/".length()) : queue;
    }

    private static String decodeToken(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String id = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (JobId.isWellFormed(id)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("nextToken: not a token this service issued");
        }
        throw new InvalidRequestException("nextToken: not a token this service issued");
    }

    private ObjectNode wrap(String name, ObjectNode value) {
        ObjectNode result = json.createObjectNode();
        result.set(name, value);
        return result;
    }
}
