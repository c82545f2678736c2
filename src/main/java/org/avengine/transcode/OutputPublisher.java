package org.avengine.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * moves the files from the job's work folder to their destinations; streaming groups go through
 * {@link StreamPublisher}.
 */
@Component
class OutputPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutputPublisher.class);

    private final Ffmpeg ffmpeg;
    private final Locations locations;
    private final OutputWriter writer;
    private final ObjectStore store;
    private final StreamPublisher streams;

    OutputPublisher(Ffmpeg ffmpeg, Locations locations, OutputWriter writer, ObjectStore store, StreamPublisher streams) {
        this.ffmpeg = ffmpeg;
        this.locations = locations;
        this.writer = writer;
        this.store = store;
        this.streams = streams;
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
        Map<Integer, List<OutputGroupResult.OutputResult>> files = new TreeMap<>();
        Map<Integer, OutputGroupResult> groups = new TreeMap<>();
        for (PackagedGroup group : plan.packagedGroups()) {
            groups.put(group.index(), streams.publish(group, published));
        }
        for (PlannedOutput output : plan.outputs()) {
            if (!groups.containsKey(output.group())) {
                files.computeIfAbsent(output.group(), g -> new ArrayList<>()).add(publish(output, published));
            }
        }
        files.forEach((g, outputs) -> groups.put(g, new OutputGroupResult("FILE_GROUP", List.of(), outputs)));
        return List.copyOf(groups.values());
    }

    private OutputGroupResult.OutputResult publish(PlannedOutput output, List<Location> published) {
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
        return new OutputGroupResult.OutputResult(paths, described.durationInMs(), described.videoDetails());
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
