package org.avengine.engine;

import java.util.List;
import java.util.Map;

/**
 * One transcode job for one ingest.
 *
 * @param input the copied origin, {@code s3://...}
 * @param destination where the job writes, {@code s3://.../out}: a file preset {@code i} makes
 *        {@code {destination}_{i}.{extension}}, an HLS preset {@code i} the folder {@code {destination}_{i}/}
 *        with {@code master.m3u8}, its media playlists and segments (see {@link #streamDestination})
 * @param presets the presets to make, one output (or HLS group) each, in order
 * @param userMetadata what the completion handler needs back in the event
 */
record TranscodeOrder(String input, String destination, List<Preset> presets, Map<String, String> userMetadata) {

    /** The base name of an HLS group's files: {@code master.m3u8}, {@code master_0.m3u8}, its segments. */
    static final String STREAM_BASE = "master";

    TranscodeOrder {
        presets = List.copyOf(presets);
        userMetadata = Map.copyOf(userMetadata);
    }

    static String nameModifier(int index) {
        return "_" + index;
    }

    /** The HLS group destination of preset {@code index}: its files go to a folder of their own. */
    String streamDestination(int index) {
        return destination + nameModifier(index) + "/" + STREAM_BASE;
    }
}
