package org.avengine.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.avengine.ffmpeg.Ffmpeg;
import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.StreamInfo;
import org.avengine.storage.ObjectInfo;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.avengine.storage.StorageException;
import org.springframework.stereotype.Component;

/**
 * Turns stored outputs into {@link OutputView}s: their size from the store and, for files this node
 * can read directly, their codecs and bit rate from ffprobe.
 */
@Component
class OutputViews {

    private static final int MOST_PROBED = 12;

    private final ObjectStore store;
    private final Ffmpeg ffmpeg;

    OutputViews(ObjectStore store, Ffmpeg ffmpeg) {
        this.store = store;
        this.ffmpeg = ffmpeg;
    }

    /** One view per location; {@code url} makes each location's browser address. */
    List<OutputView> of(List<Located> outputs) {
        List<OutputView> views = new ArrayList<>();
        for (Located o : outputs) {
            ObjectRef ref = ObjectRef.parse(o.location());
            Optional<ObjectInfo> info = stat(ref);
            Optional<MediaInfo> media = views.size() < MOST_PROBED && !"hls".equals(OutputView.kindOf(ref.fileName()))
                    && !"dash".equals(OutputView.kindOf(ref.fileName())) ? probe(ref) : Optional.empty();
            views.add(new OutputView(o.url(), OutputView.kindOf(ref.fileName()), ref.fileName(), o.location(),
                    info.map(ObjectInfo::size).orElse(null),
                    media.map(m -> m.streams().stream().map(StreamInfo::codecName).collect(Collectors.joining(", "))).orElse(""),
                    media.map(MediaInfo::bitRate).orElse(null), o.width(), o.height(),
                    o.durationMs() != null ? o.durationMs() : media.map(m -> m.durationSeconds() == null ? null
                            : Math.round(m.durationSeconds() * 1000)).orElse(null)));
        }
        return views;
    }

    /** A stored output, where the browser reaches it, and what its job or asset recorded about it. */
    record Located(String location, String url, Integer width, Integer height, Long durationMs) {
    }

    /** The browser path of an object below {@code base}: bucket and key, each segment encoded. */
    static String path(String base, ObjectRef ref) {
        StringBuilder url = new StringBuilder(base).append(ref.bucket());
        for (String segment : ref.key().split("/", -1)) {
            url.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return url.toString();
    }

    private Optional<ObjectInfo> stat(ObjectRef ref) {
        try {
            return store.stat(ref);
        } catch (StorageException e) {
            return Optional.empty();
        }
    }

    private Optional<MediaInfo> probe(ObjectRef ref) {
        try {
            return store.localFile(ref).map(ffmpeg::probe);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
