package org.avengine.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * Finishes an asset when its job ends; the {@link Transcoder} adapter hands over its transcoder's
 * "MediaConvert Job State Change" events. Events come at least once and may be late: a repeat of a
 * finished ingest, or the end of a job its asset no longer waits for (registered again, deleted),
 * changes nothing but removing that job's own files. Deletions are recorded for the {@link CleanupWorker}.
 */
@Component
class TranscodeCompletion {

    private static final Logger log = LoggerFactory.getLogger(TranscodeCompletion.class);

    private final Assets assets;
    private final CompletionOutcomes outcomes;
    private final AssetCleanup cleanup;

    TranscodeCompletion(Assets assets, CompletionOutcomes outcomes, AssetCleanup cleanup) {
        this.assets = assets;
        this.outcomes = outcomes;
        this.cleanup = cleanup;
    }

    /** What became of an event. */
    enum Handled {
        /** The final event of an engine job: its asset is finished (or was already). */
        FINISHED,
        /** An event of an engine job that does not end it: nothing to do. */
        NOT_FINAL,
        /** An event of a job this engine did not make (its userMetadata names no asset): nothing to do. */
        FOREIGN
    }

    /**
     * Finishes the asset of a final event ({@code COMPLETE}, {@code ERROR}, {@code CANCELED}) whose
     * {@code userMetadata} names one; any other event changes nothing. Throws when the event must come again.
     * Runs in the transaction that delivers the event (the outbox's), or one of its own: the deletions it
     * records go with the asset's end.
     */
    @Transactional
    Handled accept(JsonNode event) {
        CompletedJob job = CompletedJob.from(event);
        if (job == null) {
            return event.path("detail").path("userMetadata").hasNonNull("dlcsId") ? Handled.NOT_FINAL : Handled.FOREIGN;
        }
        if (!AssetId.isDlcsId(job.dlcsId())) {
            log.warn("Job {} names '{}' as its dlcsId, which is no asset of this engine; not handled", job.jobId(), job.dlcsId());
            return Handled.FOREIGN;
        }
        finish(job);
        return Handled.FINISHED;
    }

    void finish(CompletedJob job) {
        AssetId id = AssetId.parse(job.dlcsId());
        var asset = assets.find(id).filter(a -> a.ingestToken().equals(job.ingestToken()));
        if (asset.isEmpty()) {
            log.info("Job {} ended for asset {}, which no longer waits for it; removing its files", job.jobId(), id);
            cleanup.removeJobFolder(id, job.ingestToken());
            return;
        }
        if (asset.get().state() == AssetState.INGESTING) {
            throw new IllegalStateException("Asset " + id + " has not recorded job " + job.jobId() + " yet; the event comes again");
        }
        if (asset.get().state() == AssetState.DONE) {
            return;
        }
        Assets.Outcome outcome = outcomes.of(asset.get(), job);
        if (assets.finish(id, job.ingestToken(), outcome)) {
            cleanup.removeUnwanted(id, asset.get().transcodes(), outcome.transcodes());
            cleanup.removeInput(id, asset.get().inputLocation());
            cleanup.removeJobFolder(id, job.ingestToken());
            log.info("Asset {} finished by job {}: {}", id, job.jobId(), outcome.error() == null ? "ok" : outcome.error());
        }
    }
}
