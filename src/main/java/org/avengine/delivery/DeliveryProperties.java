package org.avengine.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code /iiif-av/}.
 *
 * @param maxRanges the most ranges one {@code Range} header may ask for; with more, the whole object is sent (200)
 * @param s3 how transcodes kept in an S3 store are delivered
 */
@ConfigurationProperties("avengine.delivery")
record DeliveryProperties(@DefaultValue("16") int maxRanges, @DefaultValue S3 s3) {

    /**
     * @param redirect answer a GET with 302 to a presigned URL of the object (after the access check)
     *        instead of streaming it through avengine; the S3 endpoint must be reachable by the client
     * @param redirectExpiry how long a presigned URL stays valid
     */
    record S3(@DefaultValue("false") boolean redirect, @DefaultValue("5m") Duration redirectExpiry) {
    }
}
