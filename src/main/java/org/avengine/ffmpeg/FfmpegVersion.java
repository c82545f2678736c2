package org.avengine.ffmpeg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what {@code ffmpeg -version} and {@code ffmpeg -encoders} print. */
final class FfmpegVersion {

    private static final Pattern VERSION = Pattern.compile("^ffmpeg version (\\S+)");
    private static final Pattern ENCODER = Pattern.compile("^ [A-Z.]{6} (\\S+)");

    private FfmpegVersion() {
    }

    /** The version token of the first line ({@code ffmpeg version 8.1.2 Copyright ...} gives {@code 8.1.2}). */
    static String parse(String versionOutput) {
        String firstLine = versionOutput.lines().findFirst().orElse("").trim();
        Matcher matcher = VERSION.matcher(firstLine);
        return matcher.find() ? matcher.group(1) : firstLine;
    }

    /** The encoder names listed after the legend's {@code ------} line. */
    static List<String> encoders(String encodersOutput) {
        List<String> names = new ArrayList<>();
        boolean pastLegend = false;
        for (String line : encodersOutput.lines().toList()) {
            Matcher matcher = ENCODER.matcher(line);
            if (pastLegend && matcher.find()) {
                names.add(matcher.group(1));
            }
            pastLegend = pastLegend || line.trim().startsWith("------");
        }
        return names;
    }
}
