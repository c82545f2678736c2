package org.avengine.transcode;

import java.time.Clock;

import org.springframework.stereotype.Service;

import software.amazon.awssdk.services.mediaconvert.model.CreateQueueRequest;
import software.amazon.awssdk.services.mediaconvert.model.Queue;
import software.amazon.awssdk.services.mediaconvert.model.UpdateQueueRequest;

/**
 * Queues: {@code Default} always exists; PAUSED stops new jobs from starting in a queue (running ones
 * finish); {@code concurrentJobs} caps how many of its jobs run at once across all nodes.
 */
@Service
class QueueService {

    private final QueueRepository queues;
    private final Clock clock = Clock.systemUTC();

    QueueService(QueueRepository queues) {
        this.queues = queues;
    }

    Queue create(CreateQueueRequest request) {
        CatalogueNames.require(request.name(), "name");
        if ("RESERVED".equals(request.pricingPlanAsString())) {
            throw new InvalidRequestException("pricingPlan: avengine queues are ON_DEMAND; RESERVED is not supported");
        }
        var now = clock.instant();
        Queue queue = Queue.builder().name(request.name()).description(request.description())
                .status(request.status() == null ? "ACTIVE" : request.statusAsString())
                .concurrentJobs(concurrentJobs(request.concurrentJobs())).createdAt(now).lastUpdated(now).build();
        if (!queues.insert(queue)) {
            throw new ResourceConflictException("A queue named " + request.name() + " already exists");
        }
        return get(queue.name());
    }

    Queue get(String name) {
        return queues.find(name).orElseThrow(() -> new ResourceNotFoundException("queue", name));
    }

    /** The name of an existing queue given by name or ARN; a 400 naming the field when there is none. */
    String existing(String nameOrArn, String field) {
        String name = CatalogueNames.fromNameOrArn(nameOrArn, "queues");
        if (name == null) {
            return JobService.DEFAULT_QUEUE;
        }
        if (queues.find(name).isEmpty()) {
            throw new InvalidRequestException(field + ": no queue named " + name + " exists");
        }
        return name;
    }

    CatalogueQuery.Page<Queue> list(CatalogueQuery query) {
        return query.page(queues.all(), q -> new CatalogueQuery.Entry(q.name(), null,
                q.createdAt() == null ? 0 : q.createdAt().toEpochMilli(), "SYSTEM".equals(q.typeAsString())));
    }

    Queue update(String name, UpdateQueueRequest request) {
        Queue old = get(name);
        Queue queue = old.toBuilder().lastUpdated(clock.instant())
                .description(request.description() == null ? old.description() : request.description())
                .status(request.status() == null ? old.statusAsString() : request.statusAsString())
                .concurrentJobs(request.concurrentJobs() == null
                        ? old.concurrentJobs() : concurrentJobs(request.concurrentJobs()))
                .build();
        queues.update(queue);
        return get(name);
    }

    void delete(String name) {
        get(name);
        if (JobService.DEFAULT_QUEUE.equals(name)) {
            throw new ResourceConflictException("The Default queue cannot be deleted");
        }
        if (!queues.deleteIfIdle(name)) {
            throw new ResourceConflictException("Queue " + name + " still holds jobs that wait or run; it cannot be deleted");
        }
    }

    private static Integer concurrentJobs(Integer value) {
        if (value != null && value < 1) {
            throw new InvalidRequestException("concurrentJobs: must be at least 1, was " + value);
        }
        return value;
    }
}
