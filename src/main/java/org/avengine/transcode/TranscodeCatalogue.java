package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import software.amazon.awssdk.services.mediaconvert.model.JobTemplate;
import software.amazon.awssdk.services.mediaconvert.model.Preset;
import software.amazon.awssdk.services.mediaconvert.model.Queue;
import software.amazon.awssdk.services.mediaconvert.model.UpdateQueueRequest;

/** The whole catalogue at once, for people browsing it: presets, job templates and queues, and pausing queues. */
@Service
public class TranscodeCatalogue {

    private final PresetService presets;
    private final JobTemplateService templates;
    private final QueueService queues;

    TranscodeCatalogue(PresetService presets, JobTemplateService templates, QueueService queues) {
        this.presets = presets;
        this.templates = templates;
        this.queues = queues;
    }

    /** Every preset, custom and system, by name. */
    public List<Preset> presets() {
        return all(presets::list);
    }

    public List<JobTemplate> templates() {
        return all(templates::list);
    }

    public List<Queue> queues() {
        return all(queues::list);
    }

    /** Pauses (no new job of the queue starts) or resumes a queue. */
    public Queue setPaused(String queue, boolean paused) {
        return queues.update(queue, UpdateQueueRequest.builder().name(queue).status(paused ? "PAUSED" : "ACTIVE").build());
    }

    private static <T> List<T> all(Function<CatalogueQuery, CatalogueQuery.Page<T>> lister) {
        List<T> all = new ArrayList<>();
        String token = null;
        do {
            CatalogueQuery.Page<T> page = lister.apply(CatalogueQuery.of(null, "NAME", "ASCENDING", 20, token));
            all.addAll(page.items());
            token = page.nextToken();
        } while (token != null);
        return all;
    }
}
