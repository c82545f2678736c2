package org.avengine.transcode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code -filter_complex} graph of a job: the input's video is split once per distinct
 * picture chain (scaling, frame rate), each chain runs once and is split again for the outputs that
 * share it; each audio track used is split for the outputs that use it. Labels are handed out when
 * consumers register, and the graph text is produced once all of them have.
 */
final class FilterGraph {

    private final String videoSource;
    private final Map<String, List<String>> videoChains = new LinkedHashMap<>();
    private final Map<Integer, List<String>> audioTracks = new LinkedHashMap<>();
    private int labels;

    FilterGraph(String videoSource) {
        this.videoSource = videoSource;
    }

    /** Registers an output that needs the video through this filter chain; returns its label. */
    String video(String chain) {
        String label = "[v" + labels++ + "]";
        videoChains.computeIfAbsent(chain, c -> new ArrayList<>()).add(label);
        return label;
    }

    /** Registers a consumer of the input's audio track (0-based among audio streams); returns its label. */
    String audio(int track) {
        String label = "[a" + labels++ + "]";
        audioTracks.computeIfAbsent(track, t -> new ArrayList<>()).add(label);
        return label;
    }

    boolean isEmpty() {
        return videoChains.isEmpty() && audioTracks.isEmpty();
    }

    String render() {
        List<String> parts = new ArrayList<>();
        if (!videoChains.isEmpty()) {
            List<String> sources = new ArrayList<>();
            for (int i = 0; i < videoChains.size(); i++) {
                sources.add("[vs" + i + "]");
            }
            parts.add(videoSource + split("split", sources));
            int i = 0;
            for (var chain : videoChains.entrySet()) {
                parts.add(sources.get(i++) + chain.getKey() + "," + split("split", chain.getValue()));
            }
        }
        for (var track : audioTracks.entrySet()) {
            parts.add("[0:a:" + track.getKey() + "]" + split("asplit", track.getValue()));
        }
        return String.join(";", parts).replace(",null", "").replace(",anull", "");
    }

    private static String split(String filter, List<String> outputs) {
        if (outputs.size() == 1) {
            return (filter.equals("split") ? "null" : "anull") + outputs.get(0);
        }
        return filter + "=" + outputs.size() + String.join("", outputs);
    }
}
