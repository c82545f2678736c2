package org.avengine.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code /iiif-av/}.
 *
 * @param maxRanges the most ranges one {@code Range} header may ask for; with more, the whole object is sent (200)
 * @param s3 how transcodes kept in an S3 store are delivered
 * @param signing how URLs of private spaces' assets are signed
 */
@ConfigurationProperties("avengine.delivery")
record DeliveryProperties(@DefaultValue("16") int maxRanges, @DefaultValue S3 s3, @DefaultValue Signing signing) {

    /**
     * @param key the HMAC-SHA256 key of signed URLs, the same on every node; empty = a random key per start
     *        (signed URLs then stop working when the node restarts and work on that node only)
     * @param validity how long a signed URL given out by the link list stays valid
     */
    record Signing(String key, @DefaultValue("6h") Duration validity) {
    }

    /**
     * @param redirect answer a GET with 302 to a presigned URL of the object (after the access check)
     *        instead of streaming it through avengine; the S3 endpoint must be reachable by the client
     * @param redirectExpiry how long a presigned URL stays valid
     */
    record S3(@DefaultValue("false") boolean redirect, @DefaultValue("5m") Duration redirectExpiry) {
    }
}
