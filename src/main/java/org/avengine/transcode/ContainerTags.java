package org.avengine.transcode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Descriptive tags a job writes into its files' container metadata, so that a page embedding the
 * video, a search engine or a player shows its title and description. They come from the job's
 * {@code userMetadata}: the keys {@link #KEYS} (any case) are written to every MP4, MOV, WebM and MP3
 * output, as {@code -metadata key=value} options that ffmpeg takes as one value each, never as options.
 *
 * @param values the tags, by ffmpeg metadata key
 */
record ContainerTags(Map<String, String> values) {

    /** The userMetadata keys that become container tags. */
    static final List<String> KEYS = List.of("title", "description", "comment", "artist", "album", "genre",
            "copyright", "date", "synopsis");

    static final ContainerTags NONE = new ContainerTags(Map.of());

    private static final int MAX_LENGTH = 2048;

    ContainerTags {
        values = Map.copyOf(values);
    }

    static ContainerTags from(Map<String, String> userMetadata) {
        Map<String, String> values = new LinkedHashMap<>();
        if (userMetadata != null) {
            userMetadata.forEach((key, value) -> {
                String tag = key.toLowerCase(java.util.Locale.ROOT);
                if (KEYS.contains(tag) && value != null && !value.isBlank()) {
                    values.put(tag, clean(value));
                }
            });
        }
        return new ContainerTags(values);
    }

    /** The {@code -metadata} options for one output file, in {@link #KEYS} order. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        for (String key : KEYS) {
            String value = values.get(key);
            if (value != null) {
                args.addAll(List.of("-metadata", key + "=" + value));
            }
        }
        return args;
    }

    /** Keeps line breaks and tabs, drops other control characters, and caps the length. */
    private static String clean(String value) {
        String kept = value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        return kept.length() <= MAX_LENGTH ? kept : kept.substring(0, MAX_LENGTH);
    }
}
