package org.avengine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bytedeco.javacpp.Loader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real media for tests, made with the embedded ffmpeg from lavfi sources ({@code testsrc2},
 * {@code sine}), and ffprobe to check what avengine wrote.
 */
public final class TestMedia {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestMedia() {
    }

    /** A fresh folder for one test class's data directory. */
    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String ffmpeg() {
        return Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
    }

    public static String ffprobe() {
        return Loader.load(org.bytedeco.ffmpeg.ffprobe.class);
    }

    /** A clip with moving test pictures and a tone, H.264/AAC in MP4. */
    public static Path clip(Path target, int width, int height, double seconds) {
        return generate(target, List.of("-f", "lavfi", "-i", "testsrc2=size=" + width + "x" + height + ":rate=25:duration=" + seconds,
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=" + seconds,
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"));
    }

    /** A clip with pictures but no audio track. */
    public static Path silentClip(Path target, int width, int height, double seconds) {
        return generate(target, List.of("-f", "lavfi", "-i", "testsrc2=size=" + width + "x" + height + ":rate=25:duration=" + seconds,
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"));
    }

    public static Path generate(Path target, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(ffmpeg(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y"));
        command.addAll(arguments);
        command.add(target.toString());
        run(command);
        return target;
    }

    /** ffprobe's JSON (format and streams) of a file. */
    public static JsonNode probe(Path file) {
        String out = run(List.of(ffprobe(), "-v", "error", "-print_format", "json", "-show_format", "-show_streams", file.toString()));
        return JSON.readTree(out);
    }

    /** What ffprobe prints (stdout and stderr) for {@code arguments}. */
    public static String ffprobeOutput(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(ffprobe(), "-v", "error"));
        command.addAll(arguments);
        return run(command);
    }

    /** What ffmpeg prints (stdout and stderr, at log level info) for {@code arguments}, e.g. a filter's statistics. */
    public static String ffmpegOutput(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(ffmpeg(), "-hide_banner", "-nostdin", "-nostats", "-y"));
        command.addAll(arguments);
        return run(command);
    }

    public static JsonNode stream(JsonNode probe, String type) {
        for (JsonNode stream : probe.get("streams")) {
            if (type.equals(stream.get("codec_type").asString())) {
                return stream;
            }
        }
        return null;
    }

    public static double duration(JsonNode probe) {
        return Double.parseDouble(probe.get("format").get("duration").asString());
    }

    static String run(List<String> command) {
        try {
            Path out = Files.createTempFile("avengine-test", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
                builder.environment().put("LD_LIBRARY_PATH", Path.of(command.get(0)).getParent().toString());
                Process process = builder.start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Timed out: " + command);
                }
                String text = Files.readString(out, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("Failed (" + process.exitValue() + "): " + command + "\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
