package org.avengine.transcode;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CreateJob request laid over the job template it names, as MediaConvert does: the template's
 * settings below the job's (the job's inputs over the template's input settings, the job's output
 * groups instead of the template's when it gives any), and the template's acceleration, status
 * update interval, priority, queue and hop destinations where the job gives none.
 */
final class TemplateMerge {

    private TemplateMerge() {
    }

    static CreateJobRequest apply(JobTemplate template, CreateJobRequest request, WireText wire) {
        var builder = request.toBuilder().settings(settings(template, request, wire));
        if (request.accelerationSettings() == null) {
            builder.accelerationSettings(template.accelerationSettings());
        }
        if (request.statusUpdateInterval() == null) {
            builder.statusUpdateInterval(template.statusUpdateIntervalAsString());
        }
        if (request.priority() == null) {
            builder.priority(template.priority());
        }
        if (request.queue() == null) {
            builder.queue(template.queue());
        }
        if (!request.hasHopDestinations() && template.hasHopDestinations()) {
            builder.hopDestinations(template.hopDestinations());
        }
        return builder.build();
    }

    private static JobSettings settings(JobTemplate template, CreateJobRequest request, WireText wire) {
        if (template.settings() == null) {
            return request.settings();
        }
        ObjectNode below = wire.tree(template.settings());
        if (request.settings() == null) {
            return wire.read(below, JobSettings.class, "settings");
        }
        ObjectNode above = wire.tree(request.settings());
        if (request.settings().hasOutputGroups() && !request.settings().outputGroups().isEmpty()) {
            below.remove("outputGroups");
        }
        return wire.read(JsonMerge.over(below, above), JobSettings.class, "settings");
    }
}
