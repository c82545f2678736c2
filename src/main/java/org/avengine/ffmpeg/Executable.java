package org.avengine.ffmpeg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An executable and the environment it needs. The embedded FFmpeg's libraries find each other only
 * through {@code LD_LIBRARY_PATH} (the executables' RUNPATH covers their direct dependencies only).
 *
 * @param name {@code ffmpeg} or {@code ffprobe}, for messages
 * @param path the executable
 * @param environment variables set for every process started from it
 */
record Executable(String name, Path path, Map<String, String> environment) {

    Executable {
        environment = Map.copyOf(environment);
    }

    /** A system executable, run with the JVM's environment. */
    static Executable system(String name, Path path) {
        return new Executable(name, path, Map.of());
    }

    /** An executable extracted with its shared libraries into one folder. */
    static Executable embedded(String name, Path path) {
        String folder = path.getParent().toString();
        String inherited = System.getenv("LD_LIBRARY_PATH");
        String libraryPath = inherited == null || inherited.isBlank() ? folder : folder + ":" + inherited;
        return new Executable(name, path, Map.of("LD_LIBRARY_PATH", libraryPath));
    }

    ProcessBuilder processBuilder(List<String> arguments) {
        List<String> command = new ArrayList<>(arguments.size() + 1);
        command.add(path.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return builder;
    }
}
