package org.avengine.transcode;

import java.nio.file.Path;
import java.util.List;

/**
 * An HLS, DASH or CMAF output group as planned: one muxer writes every rendition of the group into
 * the group's own work folder, whose files are published below the destination folder.
 *
 * @param index the group's index in the settings
 * @param localDir the work folder ffmpeg writes the group's playlists, manifests and segments into
 * @param destinationPrefix the destination folder, ending in {@code /}
 * @param base the destination's base name: the multivariant playlist is {@code <base>.m3u8}, the MPD {@code <base>.mpd}
 * @param outputs the group's outputs, in settings order
 * @param streams for each output, the indexes its streams have in the muxer (DASH representation ids)
 */
record PackagedGroup(int index, GroupSpec spec, Path localDir, String destinationPrefix, String base,
        List<PlannedOutput> outputs, List<List<Integer>> streams) {

    PackagedGroup {
        outputs = List.copyOf(outputs);
        streams = List.copyOf(streams);
    }

    /** The names of the group's playlists or manifests, relative to the destination folder. */
    List<String> manifests() {
        return switch (spec.type()) {
            case HLS -> List.of(base + ".m3u8");
            case DASH -> List.of(base + ".mpd");
            default -> List.of(base + ".m3u8", base + ".mpd");
        };
    }

    /** The files that stand for output {@code i} in {@code outputFilePaths}: its media playlists, or its initialization segments. */
    List<String> renditionFiles(int i) {
        return switch (spec.type()) {
            case HLS -> List.of(outputs.get(i).baseName() + ".m3u8");
            case CMAF -> streams.get(i).stream().map(id -> stem(id) + ".m3u8").toList();
            default -> streams.get(i).stream().map(id -> stem(id) + (spec.singleFile() ? ".mp4" : "_init.mp4")).toList();
        };
    }

    /**
     * The name a DASH or CMAF representation's files start with: {@code <base><nameModifier>} of its
     * output, with {@code _1}, {@code _2} … added when that output has several streams.
     */
    String stem(int representation) {
        for (int i = 0; i < streams.size(); i++) {
            int position = streams.get(i).indexOf(representation);
            if (position >= 0) {
                String name = outputs.get(i).baseName();
                return streams.get(i).size() == 1 ? name : name + "_" + (position + 1);
            }
        }
        throw new IllegalArgumentException("No output has representation " + representation);
    }
}
