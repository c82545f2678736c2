package org.avengine.ffmpeg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One ffmpeg invocation as an immutable list of arguments (the executable is not part of it; no
 * shell is ever involved). Build one with {@link #builder()}, which starts every command with the
 * options the runner relies on: machine-readable progress on stdout and leveled log lines on stderr.
 *
 * @param arguments everything after the executable; must contain {@code -progress pipe:1}
 */
public record FfmpegCommand(List<String> arguments) {

    /** The options every built command starts with. */
    public static final List<String> STANDARD_OPTIONS = List.of(
            "-hide_banner", "-nostdin", "-nostats", "-loglevel", "level+info", "-progress", "pipe:1", "-y");

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,+@%^-]+");

    public FfmpegCommand {
        arguments = List.copyOf(arguments);
        if (Collections.indexOfSubList(arguments, List.of("-progress", "pipe:1")) < 0) {
            throw new IllegalArgumentException("An ffmpeg command must report progress with -progress pipe:1");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A readable, shell-quoted line, for logs and for pasting into a terminal. */
    @Override
    public String toString() {
        return arguments.stream().map(FfmpegCommand::quote).collect(Collectors.joining(" ", "ffmpeg ", ""));
    }

    private static String quote(String argument) {
        if (PLAIN.matcher(argument).matches()) {
            return argument;
        }
        return "'" + argument.replace("'", "'\\''") + "'";
    }

    /** Appends arguments in order: global and input options, inputs, filters, maps, output options, outputs. */
    public static final class Builder {

        private final List<String> arguments = new ArrayList<>(STANDARD_OPTIONS);

        private Builder() {
        }

        /** Any arguments, as they are. */
        public Builder args(String... more) {
            arguments.addAll(List.of(more));
            return this;
        }

        /** {@code -i file}; put input options (e.g. {@code -ss}) before it with {@link #args}. */
        public Builder input(Path file) {
            return args("-i", file.toString());
        }

        /** {@code -i source} for a URL or a device. */
        public Builder input(String source) {
            return args("-i", source);
        }

        /** A generated input, e.g. {@code testsrc2=size=320x240:rate=25} or {@code sine=frequency=440}. */
        public Builder lavfi(String graph) {
            return args("-f", "lavfi", "-i", graph);
        }

        public Builder filterComplex(String graph) {
            return args("-filter_complex", graph);
        }

        public Builder map(String specifier) {
            return args("-map", specifier);
        }

        /** The output file; output options go before it. */
        public Builder output(Path file) {
            return args(file.toString());
        }

        public FfmpegCommand build() {
            return new FfmpegCommand(arguments);
        }
    }
}
