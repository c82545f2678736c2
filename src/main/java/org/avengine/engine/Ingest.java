package org.avengine.engine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * One ingest of a claimed asset: copy the origin to the input bucket, probe the copy (not audio or
 * video ends the asset with an error naming what it is), submit one transcode job with one output per
 * preset, and write the job-id blob. A failure ends the asset with its message.
 */
@Component
class Ingest {

    private static final Logger log = LoggerFactory.getLogger(Ingest.class);

    private final Assets assets;
    private final OriginCopier copier;
    private final Transcoder transcoder;
    private final IngestParts parts;
    private final OriginProbe probe;

    Ingest(Assets assets, OriginCopier copier, Transcoder transcoder, IngestParts parts, OriginProbe probe) {
        this.assets = assets;
        this.copier = copier;
        this.transcoder = transcoder;
        this.parts = parts;
        this.probe = probe;
    }

    /**
     * Ingests a claimed asset. An ingest a stopped node left behind is cleared away first, and an asset
     * abandoned more than {@code maxAttempts} times ends with an error instead of being tried again.
     */
    void run(Assets.Claim claim, int maxAttempts) {
        Asset asset = claim.asset();
        if (claim.abandonedToken() != null) {
            log.warn("Asset {} was left mid-ingest by a node that stopped; claim {} of {}", asset.id(), claim.attempts(), maxAttempts);
            parts.store().delete(parts.keys().newInput(asset.id(), claim.abandonedToken()));
            parts.store().deletePrefix(parts.keys().jobFolder(asset.id(), claim.abandonedToken()));
            if (claim.attempts() > maxAttempts) {
                assets.finish(asset.id(), asset.ingestToken(), new Assets.Outcome(asset.transcodes(), asset.width(),
                        asset.height(), asset.durationMs(), "Ingest failed: abandoned by a stopped node "
                        + (claim.attempts() - 1) + " times; register the asset again to retry"));
                return;
            }
        }
        run(asset);
    }

    private void run(Asset asset) {
        MDC.put("assetId", asset.id().path());
        try {
            ObjectRef input = parts.keys().newInput(asset.id(), asset.ingestToken());
            long size = copier.copy(asset.id(), asset.origin(), input, asset.mediaType());
            probe.check(asset.origin(), input, asset.mediaType());
            String jobId = transcoder.submit(order(asset, input, size));
            parts.store().put(parts.keys().metadata(asset.id()), metadataBlob(jobId), "application/json");
            if (!assets.submitted(asset.id(), asset.ingestToken(), jobId, input.toString())) {
                log.info("Asset {} was registered again while ingesting; job {} is superseded", asset.id(), jobId);
                parts.store().delete(input);
                return;
            }
            log.info("Asset {} copied ({} bytes) and submitted as job {}", asset.id(), size, jobId);
        } catch (OriginProbe.OriginNotMediaException e) {
            log.info("Asset {} is not ingested: {}", asset.id(), e.getMessage());
            parts.store().delete(parts.keys().newInput(asset.id(), asset.ingestToken()));
            assets.finish(asset.id(), asset.ingestToken(), new Assets.Outcome(asset.transcodes(), asset.width(),
                    asset.height(), asset.durationMs(), "Origin is not usable: " + e.getMessage()));
        } catch (RuntimeException e) {
            if (e instanceof CancellationException || Thread.currentThread().isInterrupted()) {
                // this node is stopping: the asset stays INGESTING, and its released lease lets the next claim take it up
                log.info("Ingest of asset {} stopped with this node; it is taken up again by the next claim", asset.id());
                return;
            }
            log.warn("Ingest of asset {} failed", asset.id(), e);
            assets.finish(asset.id(), asset.ingestToken(), new Assets.Outcome(asset.transcodes(), asset.width(),
                    asset.height(), asset.durationMs(), "Ingest failed: " + e.getMessage()));
        } finally {
            MDC.remove("assetId");
        }
    }

    private TranscodeOrder order(Asset asset, ObjectRef input, long size) {
        List<Preset> presets = asset.presets().stream().map(name -> parts.presets().find(name).orElseThrow(
                () -> new IllegalStateException("Preset '" + name + "' is no longer offered"))).toList();
        Map<String, String> metadata = new java.util.LinkedHashMap<>(Map.of("dlcsId", asset.id().path(),
                "mediaType", asset.mediaType(), "batchId", asset.batchId() == null ? "" : asset.batchId().toString(),
                "jobId", asset.ingestToken(), "startTime", Instant.now().toString(), "storedOriginSize", Long.toString(size)));
        if (asset.fields().title() != null) {
            metadata.put("title", asset.fields().title());
        }
        if (asset.fields().description() != null) {
            metadata.put("description", asset.fields().description());
        }
        String destination = parts.keys().jobFolder(asset.id(), asset.ingestToken()).resolve("out").toString();
        return new TranscodeOrder(input.toString(), destination, presets, metadata);
    }

    static byte[] metadataBlob(String jobId) {
        return ("{\"jobId\":\"" + jobId + "\",\"transcodingService\":\"MediaConvert\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** The small collaborators an ingest and a completion share. */
    @Component
    record IngestParts(ObjectStore store, AssetKeys keys, Presets presets) {
    }
}
