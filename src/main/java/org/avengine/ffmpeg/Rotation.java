package org.avengine.ffmpeg;

import tools.jackson.databind.JsonNode;

/**
 * How far a video must be turned clockwise to be displayed upright. ffprobe reports a display
 * matrix's {@code rotation} counter-clockwise (a phone's portrait video shows {@code -90}); the
 * legacy {@code rotate} tag is clockwise. The result is one of 0, 90, 180, 270.
 */
final class Rotation {

    private Rotation() {
    }

    static int of(JsonNode stream) {
        for (JsonNode sideData : stream.path("side_data_list").values()) {
            Double counterClockwise = ProbeParser.doubleOf(sideData.path("rotation"));
            if (counterClockwise != null) {
                return normalise(-counterClockwise);
            }
        }
        Double clockwise = ProbeParser.doubleOf(stream.path("tags").path("rotate"));
        return clockwise == null ? 0 : normalise(clockwise);
    }

    /** Rounds to a quarter turn in [0, 360). */
    static int normalise(double degrees) {
        long quarterTurns = Math.round(degrees / 90.0);
        return (int) Math.floorMod(quarterTurns * 90, 360L);
    }
}
