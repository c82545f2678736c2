package org.avengine.transcode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * Sends queued job events to the SQS queue of {@code avengine.transcode.events.sqs}, the message body
 * being the event's JSON, on a thread of its own: a slow or dead queue delays only these sends, never
 * the jobs or the in-process listeners. A failed send is tried again after a wait that doubles up to
 * {@code max-retry}, for as long as it takes; nothing is dropped.
 */
@Component
@ConditionalOnProperty(prefix = "avengine.transcode.events.sqs", name = "enabled", havingValue = "true")
class SqsEventSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SqsEventSender.class);
    private static final int BATCH = 10;
    /** Longer than a batch of sends can take (each call is limited to {@link #CALL_TIMEOUT}). */
    private static final Duration CLAIM = Duration.ofMinutes(6);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final SqsEventOutbox outbox;
    private final SqsEventProperties settings;
    private ScheduledExecutorService thread;
    private SqsClient sqs;

    SqsEventSender(SqsEventOutbox outbox, SqsEventProperties settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @Override
    public void start() {
        sqs = settings.access().configure(SqsClient.builder())
                .overrideConfiguration(c -> c.apiCallTimeout(CALL_TIMEOUT)).build();
        thread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "avengine-sqs-events"));
        long millis = settings.sendInterval().toMillis();
        thread.scheduleWithFixedDelay(this::sendDue, millis, millis, TimeUnit.MILLISECONDS);
        log.info("Job events are sent to SQS queue {}", settings.queueUrl());
    }

    void sendDue() {
        try {
            List<SqsEventOutbox.Pending> due;
            boolean sent;
            do {
                Instant now = Instant.now();
                due = outbox.claim(BATCH, now, now.plus(CLAIM));
                sent = send(due);
            } while (sent && due.size() == BATCH);
        } catch (RuntimeException e) {
            log.warn("Looking for job events to send to SQS failed; trying again", e);
        }
    }

    /** Sends the events in order; after the first failure the rest wait for their next attempt too. */
    private boolean send(List<SqsEventOutbox.Pending> events) {
        for (int i = 0; i < events.size(); i++) {
            SqsEventOutbox.Pending event = events.get(i);
            try {
                sqs.sendMessage(request(event));
                outbox.sent(event.eventId());
            } catch (RuntimeException e) {
                List<SqsEventOutbox.Pending> unsent = events.subList(i, events.size());
                unsent.forEach(u -> outbox.failed(u, Instant.now().plus(settings.backoff(u.attempts() + 1)), e.toString()));
                log.warn("Sending {} job event(s) to SQS failed (attempt {} of the oldest); trying again in {}: {}",
                        unsent.size(), event.attempts() + 1, settings.backoff(event.attempts() + 1), e.toString());
                return false;
            }
        }
        return true;
    }

    private SendMessageRequest request(SqsEventOutbox.Pending event) {
        var request = SendMessageRequest.builder().queueUrl(settings.queueUrl()).messageBody(event.payload());
        if (settings.fifo()) {
            request.messageGroupId(event.jobId()).messageDeduplicationId(event.eventId());
        }
        return request.build();
    }

    @Override
    public void stop() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sqs.close();
    }

    @Override
    public boolean isRunning() {
        return thread != null && !thread.isShutdown();
    }
}
