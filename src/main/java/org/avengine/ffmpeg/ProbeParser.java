package org.avengine.ffmpeg;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps ffprobe's JSON ({@code -print_format json -show_format -show_streams}) to {@link MediaInfo}.
 * ffprobe writes most numbers as strings and leaves out what it does not know; both are handled.
 */
final class ProbeParser {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");
    private static final Pattern RATIONAL = Pattern.compile("(\\d{1,12})/(\\d{1,12})");

    private ProbeParser() {
    }

    /** Parses ffprobe's output; {@code fallbackSize} is used when ffprobe does not report the size. */
    static MediaInfo parse(String json, long fallbackSize) {
        JsonNode root = JsonMapper.shared().readTree(json);
        JsonNode format = root.path("format");
        Long size = longOf(format.path("size"));
        List<StreamInfo> streams = root.path("streams").values().stream().map(ProbeParser::stream).toList();
        return new MediaInfo(text(format.path("format_name")), doubleOf(format.path("duration")),
                longOf(format.path("bit_rate")), size != null ? size : fallbackSize, streams);
    }

    private static StreamInfo stream(JsonNode s) {
        return new StreamInfo(
                s.path("index").asInt(0),
                text(s.path("codec_type")),
                text(s.path("codec_name")),
                text(s.path("profile")),
                intOf(s.path("width")),
                intOf(s.path("height")),
                Rotation.of(s),
                frameRate(s),
                intOf(s.path("sample_rate")),
                intOf(s.path("channels")),
                text(s.path("channel_layout")),
                text(s.path("pix_fmt")),
                doubleOf(s.path("duration")),
                longOf(s.path("bit_rate")),
                s.path("disposition").path("attached_pic").asInt(0) == 1,
                level(s));
    }

    /** ffprobe's level, when it knows one (it writes -99 when it does not). */
    private static Integer level(JsonNode stream) {
        Integer level = intOf(stream.path("level"));
        return level == null || level <= 0 ? null : level;
    }

    private static Double frameRate(JsonNode stream) {
        Double average = rational(text(stream.path("avg_frame_rate")));
        return average != null ? average : rational(text(stream.path("r_frame_rate")));
    }

    /** {@code 30000/1001} as a number; null for {@code 0/0} and anything else unusable. */
    static Double rational(String value) {
        Matcher matcher = value == null ? null : RATIONAL.matcher(value);
        if (matcher == null || !matcher.matches() || Long.parseLong(matcher.group(2)) == 0) {
            return null;
        }
        double rate = Double.parseDouble(matcher.group(1)) / Double.parseDouble(matcher.group(2));
        return rate > 0 ? rate : null;
    }

    static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    static Long longOf(JsonNode node) {
        String value = text(node);
        return value != null && INTEGER.matcher(value).matches() ? Long.valueOf(value) : null;
    }

    static Integer intOf(JsonNode node) {
        Long value = longOf(node);
        return value != null && Math.abs(value) <= Integer.MAX_VALUE ? value.intValue() : null;
    }

    static Double doubleOf(JsonNode node) {
        String value = text(node);
        return value != null && DECIMAL.matcher(value).matches() ? Double.valueOf(value) : null;
    }
}
