package org.avengine.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avengine.engine.Transcode;
import org.avengine.ffmpeg.Ffmpeg;
import org.avengine.ffmpeg.MediaUnreadableException;
import org.avengine.storage.ObjectInfo;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The full media type of a transcode, with its {@code codecs} parameter, and its bit rate: read once
 * from the stored file's first bytes (an MP4 made by avengine keeps its index at the start, a WebM its
 * headers), or from an HLS multivariant playlist's top variant, and remembered per stored version.
 */
@Component
class SourceTypes {

    private static final Logger log = LoggerFactory.getLogger(SourceTypes.class);
    private static final long HEAD_BYTES = 4L * 1024 * 1024;
    private static final int REMEMBERED = 10_000;
    private static final Pattern VARIANT = Pattern.compile("#EXT-X-STREAM-INF:(.*)");
    private static final Pattern BANDWIDTH = Pattern.compile("(?:^|,)BANDWIDTH=(\\d+)");
    private static final Pattern CODECS = Pattern.compile("(?:^|,)CODECS=\"([^\"]*)\"");

    /** A transcode's media type with codecs, and its bit rate in bits per second (null when unknown). */
    record SourceType(String type, Long bitrate) {
    }

    private final ObjectStore store;
    private final Ffmpeg ffmpeg;
    private final Map<String, SourceType> remembered = new ConcurrentHashMap<>();

    SourceTypes(ObjectStore store, Ffmpeg ffmpeg) {
        this.store = store;
        this.ffmpeg = ffmpeg;
    }

    SourceType of(Transcode transcode) {
        ObjectRef ref = ObjectRef.parse(transcode.location());
        ObjectInfo info = store.stat(ref).orElse(null);
        if (info == null) {
            return new SourceType(transcode.mediaType(), null);
        }
        String version = transcode.location() + "|" + info.size() + "|" + info.lastModified();
        SourceType known = remembered.get(version);
        if (known != null) {
            return known;
        }
        SourceType found = transcode.isStreaming() ? playlist(transcode, ref, info.size()) : probed(transcode, ref, info.size());
        if (remembered.size() >= REMEMBERED) {
            remembered.clear();
        }
        remembered.put(version, found);
        return found;
    }

    /** The top variant's CODECS and BANDWIDTH from the multivariant playlist. */
    private SourceType playlist(Transcode transcode, ObjectRef ref, long size) {
        String text;
        try (InputStream in = store.open(ref, 0, Math.min(size, 256 * 1024))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long best = -1;
        String codecs = null;
        for (String line : text.split("\n")) {
            Matcher variant = VARIANT.matcher(line.strip());
            if (variant.matches()) {
                Matcher bandwidth = BANDWIDTH.matcher(variant.group(1));
                long value = bandwidth.find() ? Long.parseLong(bandwidth.group(1)) : 0;
                if (value > best) {
                    best = value;
                    Matcher c = CODECS.matcher(variant.group(1));
                    codecs = c.find() ? c.group(1) : null;
                }
            }
        }
        String type = codecs == null ? transcode.mediaType() : transcode.mediaType() + "; codecs=\"" + codecs + "\"";
        return new SourceType(type, best > 0 ? best : null);
    }

    private SourceType probed(Transcode transcode, ObjectRef ref, long size) {
        Long bitrate = transcode.durationMs() == null || transcode.durationMs() <= 0 ? null : size * 8000 / transcode.durationMs();
        if (!transcode.mediaType().startsWith("video/") && !transcode.mediaType().startsWith("audio/")) {
            return new SourceType(transcode.mediaType(), null);
        }
        Path head = null;
        try (InputStream in = store.open(ref, 0, Math.min(size, HEAD_BYTES))) {
            head = Files.createTempFile("avengine-source", "." + transcode.extension());
            Files.copy(in, head, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new SourceType(CodecsParameter.mediaType(transcode.mediaType(), ffmpeg.probe(head)), bitrate);
        } catch (MediaUnreadableException e) {
            log.warn("Cannot read the codecs of {}: {}", transcode.location(), e.getMessage());
            return new SourceType(transcode.mediaType(), bitrate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(head);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }
}
