package org.avengine.ffmpeg;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the {@code key=value} lines ffmpeg writes with {@code -progress} into {@link FfmpegProgress}
 * reports: a block ends at {@code progress=continue} or {@code progress=end}. Not thread-safe: one
 * parser per stream.
 */
final class ProgressParser {

    private static final int MAX_KEYS = 256;
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,9}):(\\d{2}):(\\d{2})\\.(\\d{6})");

    private final Map<String, String> block = new HashMap<>();

    /** Takes one line; returns a report when the line ends a block. */
    Optional<FfmpegProgress> accept(String line) {
        int equals = line.indexOf('=');
        if (equals <= 0) {
            return Optional.empty();
        }
        String key = line.substring(0, equals).trim();
        String value = line.substring(equals + 1).trim();
        if (!key.equals("progress")) {
            if (block.size() < MAX_KEYS || block.containsKey(key)) {
                block.put(key, value);
            }
            return Optional.empty();
        }
        FfmpegProgress progress = report(value.equals("end"));
        block.clear();
        return Optional.of(progress);
    }

    private FfmpegProgress report(boolean end) {
        return new FfmpegProgress(
                integer("frame"), decimal("fps"), outTimeMicros(), speed(), integer("total_size"), end);
    }

    private Long outTimeMicros() {
        Long micros = integer("out_time_us");
        if (micros == null) {
            micros = integer("out_time_ms"); // despite its name, also microseconds
        }
        return micros != null ? micros : clock(block.get("out_time"));
    }

    private Double speed() {
        String value = block.get("speed");
        return value == null ? null : decimalOf(value.endsWith("x") ? value.substring(0, value.length() - 1) : value);
    }

    private Long integer(String key) {
        String value = block.get(key);
        return value != null && INTEGER.matcher(value).matches() ? nonNegative(Long.parseLong(value)) : null;
    }

    private Double decimal(String key) {
        return decimalOf(block.get(key));
    }

    private static Double decimalOf(String value) {
        if (value == null || !DECIMAL.matcher(value.trim()).matches()) {
            return null;
        }
        double number = Double.parseDouble(value.trim());
        return number < 0 ? null : number;
    }

    private static Long clock(String value) {
        var matcher = value == null ? null : CLOCK.matcher(value);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        long seconds = Long.parseLong(matcher.group(1)) * 3600
                + Long.parseLong(matcher.group(2)) * 60 + Long.parseLong(matcher.group(3));
        return seconds * 1_000_000 + Long.parseLong(matcher.group(4));
    }

    private static Long nonNegative(long value) {
        return value < 0 ? null : value;
    }
}
