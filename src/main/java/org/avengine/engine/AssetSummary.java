package org.avengine.engine;

import java.time.Instant;
import java.util.List;

/**
 * An asset as people browse it.
 *
 * @param status QUEUED, INGESTING, TRANSCODING, or DONE (finished, with or without an error)
 * @param jobId its latest transcode job, null before one was made
 * @param transcodes its {@code AVTranscodes}
 */
public record AssetSummary(AssetId id, String origin, String mediaType, String status, Instant created,
        Instant finished, String error, Integer width, Integer height, Long durationMs, String jobId,
        List<Transcode> transcodes) {

    static AssetSummary of(Asset a) {
        return new AssetSummary(a.id(), a.origin(), a.mediaType(), a.state().name(), a.created(), a.finished(),
                a.error(), a.width(), a.height(), a.durationMs(), a.jobId(), a.transcodes());
    }

    /** A still picture among its transcodes (a WebP or JPEG poster), if it has one. */
    public java.util.Optional<Transcode> poster() {
        return transcodes.stream().filter(t -> t.mediaType() != null && t.mediaType().startsWith("image/")).findFirst();
    }
}
