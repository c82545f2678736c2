package org.avengine.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.avengine.ffmpeg.Ffmpeg;
import org.avengine.ffmpeg.MediaInfo;
import org.avengine.storage.FileLocation;
import org.avengine.storage.Location;
import org.avengine.storage.Locations;
import org.avengine.storage.ObjectStore;
import org.avengine.storage.OutputWriter;
import org.avengine.storage.StoreLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Describes what a job wrote (duration and picture size, probed from the files themselves) and
 * moves the files from the job's work folder to their destinations.
 */
@Component
class OutputPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutputPublisher.class);

    private final Ffmpeg ffmpeg;
    private final Locations locations;
    private final OutputWriter writer;
    private final ObjectStore store;

    OutputPublisher(Ffmpeg ffmpeg, Locations locations, OutputWriter writer, ObjectStore store) {
        this.ffmpeg = ffmpeg;
        this.locations = locations;
        this.writer = writer;
        this.store = store;
    }

    /** Deletes outputs that were published by a job that was canceled before it could complete. */
    void withdraw(List<Location> published) {
        for (Location location : published) {
            try {
                if (location instanceof StoreLocation s) {
                    store.delete(s.ref());
                } else if (location instanceof FileLocation f) {
                    Files.deleteIfExists(f.path());
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Could not delete {} of a canceled job", locations.format(location), e);
            }
        }
    }

    /** Publishes every output; {@code published} collects what was written, so a caller can take it back. */
    List<OutputGroupResult> publish(TranscodePlan plan, List<Location> published) {
        Map<Integer, List<OutputGroupResult.OutputResult>> groups = new LinkedHashMap<>();
        for (PlannedOutput output : plan.outputs()) {
            List<Path> files = filesOf(output.localDir());
            if (files.isEmpty()) {
                throw new JobFailedException(JobFailure.permanent(JobFailure.OUTPUT_WRITE,
                        "ffmpeg wrote nothing for settings.outputGroups[" + output.group() + "].outputs[" + output.index() + "]"));
            }
            OutputGroupResult.OutputResult described = describe(output, files.get(0));
            List<String> paths = new ArrayList<>();
            for (Path file : files) {
                Location target = locations.resolveOutput(output.destinationPrefix() + file.getFileName());
                writer.publish(file, target, null);
                published.add(target);
                paths.add(locations.format(target));
            }
            groups.computeIfAbsent(output.group(), g -> new ArrayList<>())
                    .add(new OutputGroupResult.OutputResult(paths, described.durationInMs(), described.videoDetails()));
        }
        return groups.values().stream().map(outputs -> new OutputGroupResult("FILE_GROUP", List.of(), outputs)).toList();
    }

    private OutputGroupResult.OutputResult describe(PlannedOutput output, Path file) {
        MediaInfo media = ffmpeg.probe(file);
        Long duration = output.spec().kind() == OutputKind.FRAME_CAPTURE || media.durationSeconds() == null
                ? null : Math.round(media.durationSeconds() * 1000);
        OutputGroupResult.VideoDetails video = media.video()
                .map(v -> new OutputGroupResult.VideoDetails(v.displayWidth(), v.displayHeight()))
                .orElse(null);
        return new OutputGroupResult.OutputResult(List.of(), duration, video);
    }

    private static List<Path> filesOf(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
