package org.avengine.transcode;

import java.net.URI;
import java.time.Duration;

import org.avengine.system.AwsAccess;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sending every job state-change event to an SQS queue, as AWS users do with an EventBridge rule
 * whose target is a queue: the message body is the event's JSON.
 *
 * @param enabled whether events are sent; only events written while enabled are
 * @param queueUrl the queue's URL (required when enabled); a {@code .fifo} queue gets the job id as
 *     message group and the event id as deduplication id
 * @param endpoint the SQS service; empty = AWS itself
 * @param region the queue's region
 * @param accessKey the access key id; with {@code secretKey}, or neither (then the default AWS credentials chain)
 * @param secretKey the secret access key
 * @param sendInterval how often waiting events are looked for
 * @param firstRetry the wait after a first failed send; it doubles with each further failure
 * @param maxRetry the longest wait between two attempts; events are retried until sent
 */
@ConfigurationProperties("avengine.transcode.events.sqs")
record SqsEventProperties(
        boolean enabled,
        String queueUrl,
        URI endpoint,
        @DefaultValue("us-east-1") String region,
        String accessKey,
        String secretKey,
        @DefaultValue("250ms") Duration sendInterval,
        @DefaultValue("1s") Duration firstRetry,
        @DefaultValue("5m") Duration maxRetry) {

    SqsEventProperties {
        if (enabled && (queueUrl == null || queueUrl.isBlank())) {
            throw new IllegalArgumentException("avengine.transcode.events.sqs.queue-url must be set when sending events to SQS is enabled");
        }
        if (AwsAccess.halfAKeyPair(accessKey, secretKey)) {
            throw new IllegalArgumentException("Set both avengine.transcode.events.sqs.access-key and secret-key, or neither");
        }
    }

    AwsAccess access() {
        return new AwsAccess(endpoint, region, accessKey, secretKey);
    }

    boolean fifo() {
        return queueUrl.endsWith(".fifo");
    }

    /** The wait before attempt {@code attempts + 1}: doubling from {@code firstRetry}, at most {@code maxRetry}. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
