package org.avengine.engine;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the asset engine.
 *
 * @param storageBucket the object-store bucket that holds derivatives and metadata blobs, under {@code {c}/{s}/{id}/}
 * @param inputBucket the bucket origins are copied into before transcoding, under {@code {c}/{s}/{id}/{random}}
 * @param ingest how this node ingests assets
 * @param cleanup how this node carries out the deletions asset changes leave behind
 * @param presets the friendly preset names policies may use, each {@code "{transcoder preset}|{extension}"}
 *        ({@code "{preset},{preset},...|m3u8"} for an HLS ladder); see {@link Presets}
 * @param transcoder the {@link Transcoder} adapter: {@value #IN_PROCESS} (avengine's own, in this process) or
 *     {@value #MEDIACONVERT} (the AWS SDK's MediaConvertClient, see {@link MediaConvertProperties})
 */
@ConfigurationProperties("avengine.engine")
record EngineProperties(
        @DefaultValue("avengine-storage") String storageBucket,
        @DefaultValue("avengine-input") String inputBucket,
        @DefaultValue Ingest ingest,
        @DefaultValue Cleanup cleanup,
        Map<String, String> presets,
        @DefaultValue(IN_PROCESS) String transcoder) {

    static final String IN_PROCESS = "in-process";
    static final String MEDIACONVERT = "mediaconvert";

    EngineProperties {
        presets = presets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(presets));
        if (!IN_PROCESS.equals(transcoder) && !MEDIACONVERT.equals(transcoder)) {
            throw new IllegalArgumentException("avengine.engine.transcoder must be " + IN_PROCESS + " or " + MEDIACONVERT + ", not '" + transcoder + "'");
        }
    }

    /**
     * @param concurrency assets this node copies and submits at once
     * @param pollInterval how often an idle node looks for queued assets
     * @param leaseDuration an ingest whose node did not extend its claim this long is claimed again
     * @param maxAttempts claims of one registration before an asset abandoned again and again ends with an error
     */
    record Ingest(@DefaultValue("2") int concurrency, @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("60s") Duration leaseDuration, @DefaultValue("3") int maxAttempts) {
    }

    /**
     * @param enabled whether this node carries out recorded deletions (any number of nodes may)
     * @param pollInterval how often an idle node looks for due deletions
     * @param leaseDuration a deletion claimed by a node that did not finish it this long ago is claimed again
     * @param retryDelay the wait after a first failed deletion, doubled after each further failure
     * @param maxRetryDelay the longest wait between two tries of a failing deletion
     */
    record Cleanup(@DefaultValue("true") boolean enabled, @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("60s") Duration leaseDuration, @DefaultValue("1s") Duration retryDelay,
            @DefaultValue("5m") Duration maxRetryDelay) {
    }
}
