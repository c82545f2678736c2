package org.avengine.transcode;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the transcoder.
 *
 * @param region the region shown in ARNs and events
 * @param accountId the account shown in ARNs and events
 * @param worker how this node runs jobs
 * @param chunking when and how long videos are encoded in chunks by several workers
 */
@ConfigurationProperties("avengine.transcode")
public record TranscodeProperties(
        @DefaultValue("us-east-1") String region,
        @DefaultValue("000000000000") String accountId,
        @DefaultValue Worker worker,
        @DefaultValue Chunking chunking) {

    /**
     * @param enabled whether this node claims and runs jobs
     * @param concurrency jobs this node runs at once
     * @param pollInterval how often an idle worker looks for work
     * @param leaseDuration how long a claim lasts without a heartbeat before the job is re-queued
     * @param heartbeatInterval how often a running job writes progress and extends its lease
     * @param maxRetries how often a job whose worker vanished is run again before it fails
     * @param jobTimeout the longest a job may run, however long its media
     */
    public record Worker(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("2") int concurrency,
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("60s") Duration leaseDuration,
            @DefaultValue("1s") Duration heartbeatInterval,
            @DefaultValue("3") int maxRetries,
            @DefaultValue("6h") Duration jobTimeout) {
    }

    /**
     * @param enabled whether long jobs are chunked automatically ({@code userMetadata}
     *     {@code avengine:chunked} set to {@code true} or {@code false} decides for one job either way)
     * @param minDuration media at least this long is chunked automatically
     * @param chunkDuration media seconds per video chunk (a multiple of the HLS segment length when there is one)
     * @param concurrency chunks this node encodes at once, for jobs of any node
     * @param pollInterval how often an idle node looks for chunks, and a chunked job looks at its chunks
     * @param leaseDuration how long a chunk's claim lasts without a heartbeat before any node takes it again
     * @param heartbeatInterval how often a running chunk writes its progress and extends its lease
     * @param maxRetries how often a failed chunk is run again, alone, before its job fails
     * @param scratchBucket the object store bucket that holds encoded chunks until their job joins them
     */
    public record Chunking(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("10m") Duration minDuration,
            @DefaultValue("10s") Duration chunkDuration,
            @DefaultValue("1") int concurrency,
            @DefaultValue("250ms") Duration pollInterval,
            @DefaultValue("60s") Duration leaseDuration,
            @DefaultValue("1s") Duration heartbeatInterval,
            @DefaultValue("2") int maxRetries,
            @DefaultValue("avengine-work") String scratchBucket) {
    }

    String arn(String kind, String name) {
        return "arn:aws:mediaconvert:" + region + ":" + accountId + ":" + kind + "/" + name;
    }
}
