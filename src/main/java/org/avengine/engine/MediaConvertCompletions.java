package org.avengine.engine;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Reads the MediaConvert adapter's job events from SQS on a thread of its own (long polling) and hands
 * each message to {@link CompletionMessages}. A message is deleted once handled; when handling fails it
 * comes again after {@code retry-delay}, and when the queue cannot be reached the reader waits, doubling
 * the wait up to a minute. Any number of nodes may read the same queue.
 */
@Component
@ConditionalOnProperty(name = "avengine.engine.transcoder", havingValue = EngineProperties.MEDIACONVERT)
class MediaConvertCompletions implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MediaConvertCompletions.class);
    private static final Duration MAX_PAUSE = Duration.ofMinutes(1);

    private final CompletionMessages messages;
    private final MediaConvertProperties.Events settings;
    private final SqsClient sqs;
    private volatile Thread reader;

    MediaConvertCompletions(CompletionMessages messages, MediaConvertProperties settings) {
        this.messages = messages;
        this.settings = settings.requireComplete().events();
        this.sqs = settings.eventsAccess().configure(SqsClient.builder()).build();
    }

    @Override
    public void start() {
        reader = new Thread(this::read, "avengine-mediaconvert-events");
        reader.setDaemon(true);
        reader.start();
        log.info("Completions of MediaConvert jobs are read from SQS queue {}", settings.queueUrl());
    }

    private void read() {
        Duration pause = Duration.ofSeconds(1);
        while (reader == Thread.currentThread()) {
            try {
                sqs.receiveMessage(r -> r.queueUrl(settings.queueUrl()).maxNumberOfMessages(10)
                        .waitTimeSeconds((int) settings.waitTime().toSeconds())
                        .visibilityTimeout((int) settings.visibilityTimeout().toSeconds()))
                        .messages().forEach(this::handle);
                pause = Duration.ofSeconds(1);
            } catch (RuntimeException e) {
                if (reader != Thread.currentThread()) {
                    return;
                }
                log.warn("Receiving job events from SQS failed; trying again in {}: {}", pause, e.toString());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void handle(Message message) {
        try {
            messages.handle(message.messageId(), message.body());
            sqs.deleteMessage(r -> r.queueUrl(settings.queueUrl()).receiptHandle(message.receiptHandle()));
        } catch (RuntimeException e) {
            log.warn("Handling SQS message {} failed; it comes again in {}: {}", message.messageId(), settings.retryDelay(), e.toString());
            try {
                sqs.changeMessageVisibility(r -> r.queueUrl(settings.queueUrl()).receiptHandle(message.receiptHandle())
                        .visibilityTimeout((int) settings.retryDelay().toSeconds()));
            } catch (RuntimeException notChanged) {
                log.warn("SQS message {} comes again after the visibility timeout instead: {}", message.messageId(), notChanged.toString());
            }
        }
    }

    /** Stops the reader; closing the client ends a receive call that is waiting for messages. */
    @Override
    public void stop() {
        Thread stopping = reader;
        reader = null;
        sqs.close();
        if (stopping != null) {
            stopping.interrupt();
            try {
                stopping.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return reader != null;
    }
}
