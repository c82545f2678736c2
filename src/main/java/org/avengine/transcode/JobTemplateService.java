package org.avengine.transcode;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.CreateJobTemplateRequest;
import software.amazon.awssdk.services.mediaconvert.model.JobTemplate;
import software.amazon.awssdk.services.mediaconvert.model.UpdateJobTemplateRequest;

/** Job templates: settings and job options kept under a name, which CreateJob lays jobs over. */
@Service
class JobTemplateService {

    private final CatalogueTable table;
    private final WireText wire;
    private final TranscodeProperties properties;
    private final QueueService queues;
    private final Clock clock = Clock.systemUTC();

    JobTemplateService(JdbcClient jdbc, WireText wire, TranscodeProperties properties, QueueService queues) {
        this.table = new CatalogueTable(jdbc, "job_templates");
        this.wire = wire;
        this.properties = properties;
        this.queues = queues;
    }

    JobTemplate create(CreateJobTemplateRequest request) {
        CatalogueNames.require(request.name(), "name");
        if (request.settings() == null) {
            throw new InvalidRequestException("settings: required");
        }
        var now = clock.instant();
        JobTemplate template = check(JobTemplate.builder().name(request.name())
                .arn(properties.arn("jobTemplates", request.name())).description(request.description())
                .category(request.category()).settings(request.settings()).queue(request.queue())
                .priority(request.priority()).statusUpdateInterval(request.statusUpdateIntervalAsString())
                .accelerationSettings(request.accelerationSettings()).hopDestinations(request.hopDestinations())
                .type("CUSTOM").createdAt(now).lastUpdated(now).build());
        if (!table.insert(template.name(), template.category(), wire.text(template), now)) {
            throw new ResourceConflictException("A job template named " + request.name() + " already exists");
        }
        return template;
    }

    JobTemplate get(String name) {
        return find(name).orElseThrow(() -> new ResourceNotFoundException("job template", name));
    }

    CatalogueQuery.Page<JobTemplate> list(CatalogueQuery query) {
        List<JobTemplate> all = table.all().stream().map(text -> wire.read(text, JobTemplate.class)).toList();
        return query.page(all, t -> new CatalogueQuery.Entry(t.name(), t.category(), t.createdAt().toEpochMilli(), false));
    }

    JobTemplate update(String name, UpdateJobTemplateRequest r) {
        JobTemplate old = get(name);
        JobTemplate template = check(old.toBuilder().lastUpdated(clock.instant())
                .description(r.description() == null ? old.description() : r.description())
                .category(r.category() == null ? old.category() : r.category())
                .settings(r.settings() == null ? old.settings() : r.settings())
                .queue(r.queue() == null ? old.queue() : r.queue())
                .priority(r.priority() == null ? old.priority() : r.priority())
                .statusUpdateInterval(r.statusUpdateInterval() == null
                        ? old.statusUpdateIntervalAsString() : r.statusUpdateIntervalAsString())
                .accelerationSettings(r.accelerationSettings() == null ? old.accelerationSettings() : r.accelerationSettings())
                .hopDestinations(r.hasHopDestinations() ? r.hopDestinations() : old.hopDestinations()).build());
        table.update(name, template.category(), wire.text(template));
        return template;
    }

    void delete(String name) {
        if (!table.delete(name)) {
            throw new ResourceNotFoundException("job template", name);
        }
    }

    /** The request laid over the template it names; a NotFound naming {@code jobTemplate} when there is none. */
    CreateJobRequest applyTo(CreateJobRequest request) {
        String name = CatalogueNames.fromNameOrArn(request.jobTemplate(), "jobTemplates");
        JobTemplate template = find(name).orElseThrow(() ->
                new ResourceNotFoundException("jobTemplate: no job template named " + name + " exists"));
        return TemplateMerge.apply(template, request, wire);
    }

    private Optional<JobTemplate> find(String name) {
        return table.find(name).map(text -> wire.read(text, JobTemplate.class));
    }

    private JobTemplate check(JobTemplate template) {
        if (template.priority() != null && (template.priority() < -50 || template.priority() > 50)) {
            throw new InvalidRequestException("priority: must be between -50 and 50, was " + template.priority());
        }
        String queue = queues.existing(template.queue(), "queue");
        return template.queue() == null ? template : template.toBuilder().queue(properties.arn("queues", queue)).build();
    }
}
