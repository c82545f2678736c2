package org.avengine.engine;

import java.util.List;
import java.util.Map;

/**
 * One transcode job for one ingest.
 *
 * @param input the copied origin, {@code s3://...}
 * @param destination where the job writes, {@code s3://.../out}; output {@code i} is {@code {destination}_{i}.{extension}}
 * @param presets the presets to make, one output each, in order
 * @param userMetadata what the completion handler needs back in the event
 */
record TranscodeOrder(String input, String destination, List<Preset> presets, Map<String, String> userMetadata) {

    TranscodeOrder {
        presets = List.copyOf(presets);
        userMetadata = Map.copyOf(userMetadata);
    }

    static String nameModifier(int index) {
        return "_" + index;
    }
}
