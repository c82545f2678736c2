package org.avengine.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.avengine.ffmpeg.Ffmpeg;
import org.avengine.ffmpeg.MediaInfo;
import org.avengine.storage.Location;
import org.avengine.storage.Locations;
import org.avengine.storage.OutputWriter;
import org.springframework.stereotype.Component;

/**
 * Publishes an HLS, DASH or CMAF group: segments first, playlists and manifests last, so that a
 * playlist never names a segment that is not there yet. Describes it as MediaConvert does:
 * {@code playlistFilePaths} holds the multivariant playlist and/or MPD, each output's
 * {@code outputFilePaths} its media playlists (DASH: its initialization segments), with the
 * duration and picture size ffprobe reads from them.
 */
@Component
class StreamPublisher {

    private final Ffmpeg ffmpeg;
    private final Locations locations;
    private final OutputWriter writer;

    StreamPublisher(Ffmpeg ffmpeg, Locations locations, OutputWriter writer) {
        this.ffmpeg = ffmpeg;
        this.locations = locations;
        this.writer = writer;
    }

    OutputGroupResult publish(PackagedGroup group, List<Location> published) {
        Path dir = group.localDir().toAbsolutePath();
        for (String manifest : group.manifests()) {
            if (!Files.isRegularFile(dir.resolve(manifest))) {
                throw new JobFailedException(JobFailure.permanent(JobFailure.OUTPUT_WRITE,
                        "ffmpeg wrote no " + manifest + " for settings.outputGroups[" + group.index() + "]"));
            }
        }
        if (group.spec().type() != GroupType.HLS) {
            RepresentationNames.apply(group);
        }
        List<OutputGroupResult.OutputResult> details = new ArrayList<>();
        for (int i = 0; i < group.outputs().size(); i++) {
            details.add(describe(group, i, dir));
        }
        for (Path file : filesOf(dir, group)) {
            Location target = locations.resolveOutput(group.destinationPrefix() + file.getFileName());
            writer.publish(file, target, null);
            published.add(target);
        }
        return new OutputGroupResult(group.spec().type().detailsType(), paths(group, group.manifests()), details);
    }

    private OutputGroupResult.OutputResult describe(PackagedGroup group, int i, Path dir) {
        List<String> files = group.renditionFiles(i);
        Long duration = null;
        OutputGroupResult.VideoDetails video = null;
        for (String file : files) {
            MediaInfo media = ffmpeg.probeOwnOutput(dir.resolve(file));
            duration = duration != null ? duration : milliseconds(media);
            video = video != null ? video : media.video()
                    .map(v -> new OutputGroupResult.VideoDetails(v.displayWidth(), v.displayHeight())).orElse(null);
        }
        if (group.spec().type() == GroupType.DASH) {
            duration = milliseconds(ffmpeg.probeOwnOutput(dir.resolve(group.base() + ".mpd")));
        }
        return new OutputGroupResult.OutputResult(paths(group, files), duration, video);
    }

    private static Long milliseconds(MediaInfo media) {
        return media.durationSeconds() == null ? null : Long.valueOf(Math.round(media.durationSeconds() * 1000));
    }

    private List<String> paths(PackagedGroup group, List<String> names) {
        return names.stream().map(name -> locations.format(locations.resolveOutput(group.destinationPrefix() + name))).toList();
    }

    /** The group's files: segments, then media playlists, then the multivariant playlist and MPD. */
    private static List<Path> filesOf(Path dir, PackagedGroup group) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path file) -> rank(file, group)).thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int rank(Path file, PackagedGroup group) {
        String name = file.getFileName().toString();
        if (group.manifests().contains(name)) {
            return 2;
        }
        return name.endsWith(".m3u8") || name.endsWith(".mpd") ? 1 : 0;
    }
}
