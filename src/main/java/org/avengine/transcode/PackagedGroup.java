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
            case CMAF -> streams.get(i).stream().map(id -> "media_" + id + ".m3u8").toList();
            default -> streams.get(i).stream().map(id -> spec.singleFile() ? base + "_" + id + ".mp4" : base + "_" + id + "_init.mp4").toList();
        };
    }
}
