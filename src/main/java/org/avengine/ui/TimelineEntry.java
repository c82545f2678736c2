package org.avengine.ui;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/** One state-change event of a job as its timeline shows it. */
record TimelineEntry(Instant time, String status, String text) {

    static TimelineEntry of(JsonNode event) {
        JsonNode detail = event.path("detail");
        String status = detail.path("status").asString("");
        String text = "";
        if (detail.has("jobProgress")) {
            JsonNode progress = detail.path("jobProgress");
            text = progress.path("currentPhase").asString("") + " " + progress.path("jobPercentComplete").asInt() + " %";
        } else if (detail.has("errorMessage")) {
            text = detail.path("errorCode").asInt() + ": " + detail.path("errorMessage").asString("");
        } else if (detail.has("nodeId")) {
            text = "on " + detail.path("nodeId").asString("");
        }
        return new TimelineEntry(Instant.parse(event.path("time").asString()), status, text);
    }
}
