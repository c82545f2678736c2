package org.avengine.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gives the files of a DASH or CMAF group their MediaConvert names. FFmpeg's dash muxer can only
 * name a representation's files by its number ({@code avengine-rep3_000000001.mp4}, CMAF playlists
 * {@code media_3.m3u8}); once it is done, each file is renamed after its output,
 * {@code <base><nameModifier>_000000001.mp4}, {@code <base><nameModifier>_init.mp4} and
 * {@code <base><nameModifier>.m3u8}, and the MPD and playlists are rewritten to match.
 */
final class RepresentationNames {

    /** The prefix ffmpeg's templates give a representation's files; see {@link StreamingArguments}. */
    static final String PREFIX = "avengine-rep";

    private static final Pattern FILE = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)");
    private static final Pattern PLAYLIST = Pattern.compile("media_(\\d+)\\.m3u8");
    private static final Pattern REPRESENTATION = Pattern.compile("(?s)<Representation id=\"(\\d+)\".*?</Representation>");
    private static final String TEMPLATE = PREFIX + "$RepresentationID$";

    private RepresentationNames() {
    }

    static void apply(PackagedGroup group) {
        Path dir = group.localDir();
        IntFunction<String> stem = group::stem;
        for (Path file : files(dir)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".mpd")) {
                write(file, replace(mpd(read(file), stem), FILE, stem, ""));
            } else if (name.endsWith(".m3u8")) {
                write(file, replace(replace(read(file), FILE, stem, ""), PLAYLIST, stem, ".m3u8"));
            }
        }
        for (Path file : files(dir)) {
            String name = file.getFileName().toString();
            String renamed = replace(replace(name, FILE, stem, ""), PLAYLIST, stem, ".m3u8");
            if (!renamed.equals(name)) {
                move(file, dir.resolve(renamed));
            }
        }
    }

    /** Each representation's templates name its own files. */
    private static String mpd(String text, IntFunction<String> stem) {
        Matcher m = REPRESENTATION.matcher(text);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            String named = m.group().replace(TEMPLATE, stem.apply(Integer.parseInt(m.group(1))));
            m.appendReplacement(result, Matcher.quoteReplacement(named));
        }
        return m.appendTail(result).toString();
    }

    private static String replace(String text, Pattern pattern, IntFunction<String> stem, String suffix) {
        return pattern.matcher(text).replaceAll(r -> Matcher.quoteReplacement(stem.apply(Integer.parseInt(r.group(1))) + suffix));
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
