package org.avengine.engine;

import java.net.URI;
import java.time.Duration;

import org.avengine.system.AwsAccess;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The MediaConvert the engine uses when {@code avengine.engine.transcoder} is {@code mediaconvert}:
 * AWS Elemental MediaConvert or another avengine. Its outputs must land in the engine's own object
 * store (the same S3 buckets), and its job state-change events must reach an SQS queue the engine reads
 * (on AWS, an EventBridge rule for "MediaConvert Job State Change" whose target is that queue).
 *
 * @param endpoint the MediaConvert service; empty = AWS's regional endpoint
 * @param region the service's region
 * @param queue the queue jobs are submitted to (ARN or name); empty = the account's Default queue
 * @param role the IAM role ARN MediaConvert runs jobs as (AWS requires one; it must read the input
 *     bucket and write the storage bucket)
 * @param accessKey the access key id, used for MediaConvert and SQS; with {@code secretKey}, or neither
 *     (then the default AWS credentials chain)
 * @param secretKey the secret access key
 * @param events the SQS queue the job state-change events arrive on
 */
@ConfigurationProperties("avengine.engine.mediaconvert")
record MediaConvertProperties(URI endpoint, @DefaultValue("us-east-1") String region, String queue, String role,
        String accessKey, String secretKey, @DefaultValue Events events) {

    /**
     * @param queueUrl the queue's URL
     * @param endpoint the SQS service; empty = AWS
     * @param region the queue's region; empty = the MediaConvert region
     * @param waitTime how long one receive call waits for messages (long polling, at most 20s)
     * @param visibilityTimeout how long a received message stays hidden from other readers while it is handled
     * @param retryDelay when handling an event fails, how soon its message is received again
     */
    record Events(String queueUrl, URI endpoint, String region, @DefaultValue("20s") Duration waitTime,
            @DefaultValue("5m") Duration visibilityTimeout, @DefaultValue("10s") Duration retryDelay) {
    }

    MediaConvertProperties {
        if (AwsAccess.halfAKeyPair(accessKey, secretKey)) {
            throw new IllegalArgumentException("Set both avengine.engine.mediaconvert.access-key and secret-key, or neither");
        }
    }

    /** Fails unless everything the adapter cannot work without is set. */
    MediaConvertProperties requireComplete() {
        if (isBlank(role)) {
            throw new IllegalStateException("avengine.engine.mediaconvert.role must be set: MediaConvert runs every job as an IAM role");
        }
        if (isBlank(events.queueUrl())) {
            throw new IllegalStateException("avengine.engine.mediaconvert.events.queue-url must be set: completions arrive on that SQS queue");
        }
        if (events.waitTime().toSeconds() > 20) {
            throw new IllegalStateException("avengine.engine.mediaconvert.events.wait-time is at most 20s, not " + events.waitTime());
        }
        return this;
    }

    AwsAccess mediaConvertAccess() {
        return new AwsAccess(endpoint, region, accessKey, secretKey);
    }

    AwsAccess eventsAccess() {
        return new AwsAccess(events.endpoint(), isBlank(events.region()) ? region : events.region(), accessKey, secretKey);
    }

    String queueOrNull() {
        return isBlank(queue) ? null : queue;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
