package org.avengine.storage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes the files a job produced in its work folder to their output locations: uploads to the
 * object store, or atomic moves into an allowed {@code file://} folder. Readers never see a half file.
 */
@Component
public class OutputWriter {

    private static final Logger log = LoggerFactory.getLogger(OutputWriter.class);

    private final ObjectStore store;
    private final Locations locations;

    public OutputWriter(ObjectStore store, Locations locations) {
        this.store = store;
        this.locations = locations;
    }

    /**
     * Publishes {@code file} as {@code target}. The local file is consumed: it may be moved away.
     *
     * @param contentType the media type to store, or null to derive it from the file name
     * @throws LocationNotAllowedException when {@code target} is not a place outputs may go
     */
    public void publish(Path file, Location target, String contentType) {
        if (target instanceof StoreLocation s) {
            store.upload(file, s.ref(), ContentTypes.orGuess(contentType, s.ref().fileName()));
        } else if (target instanceof FileLocation f) {
            moveInto(file, locations.allowedFile(f));
        } else {
            throw new LocationNotAllowedException("Refused " + locations.format(target)
                    + " as an output: outputs go to s3://bucket/key or file:///absolute/path");
        }
        log.debug("Published {} to {}", file, locations.format(target));
    }

    /**
     * Publishes every file under {@code folder} below {@code destination}, keeping relative paths
     * ({@code folder/a/b.ts} becomes {@code destination/a/b.ts}). Playlists and manifests
     * ({@code .m3u8}, {@code .mpd}) go last, so they never name a segment that is not there yet.
     *
     * @return the locations written, in the order they were published
     */
    public List<Location> publishFolder(Path folder, Location destination) {
        List<Location> published = new ArrayList<>();
        for (Path file : filesOf(folder)) {
            String relative = folder.relativize(file).toString().replace(File.separatorChar, '/');
            Location target = child(destination, relative);
            publish(file, target, null);
            published.add(target);
        }
        return published;
    }

    private Location child(Location destination, String relative) {
        if (destination instanceof StoreLocation s) {
            return new StoreLocation(s.ref().resolve(relative));
        }
        if (destination instanceof FileLocation f) {
            return new FileLocation(f.path().resolve(relative));
        }
        throw new LocationNotAllowedException("Refused " + locations.format(destination) + " as an output folder");
    }

    private static List<Path> filesOf(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(OutputWriter::isPlaylist).thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new StorageException("Cannot list the outputs in " + folder + ": " + e, false, e);
        }
    }

    private static boolean isPlaylist(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".m3u8") || name.endsWith(".mpd");
    }

    private static void moveInto(Path file, Path target) {
        try {
            AtomicFiles.write(target, temp -> Files.move(file, temp));
        } catch (IOException e) {
            throw new StorageException("Cannot move " + file + " to " + target + ": " + e, false, e);
        }
    }
}
