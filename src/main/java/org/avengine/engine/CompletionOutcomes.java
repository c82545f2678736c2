package org.avengine.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.avengine.storage.ObjectRef;
import org.springframework.stereotype.Component;

/**
 * What a finished job leaves an asset: its outputs moved to their final keys and recorded as
 * {@code AVTranscodes}, the picture size and duration, or the error that ended it. The job's file
 * group holds the file presets' outputs and each HLS group one HLS preset's ladder, both in the order
 * of the asset's presets (see {@link JobRequests}).
 */
@Component
class CompletionOutcomes {

    private final Ingest.IngestParts parts;
    private final OutputMoves moves;

    CompletionOutcomes(Ingest.IngestParts parts, OutputMoves moves) {
        this.parts = parts;
        this.moves = moves;
    }

    Assets.Outcome of(Asset asset, CompletedJob job) {
        if (!job.isComplete()) {
            String why = job.errorCode() == null ? job.status() : job.errorCode() + ": " + job.errorMessage();
            return failed(asset, "Transcode job " + job.jobId() + " ended " + job.status() + " (" + why + ")");
        }
        if (asset.presets().stream().anyMatch(name -> parts.presets().find(name).isEmpty())) {
            return failed(asset, "A preset of " + asset.presets() + " is no longer offered; register the asset again");
        }
        List<Preset> presets = asset.presets().stream().map(name -> parts.presets().find(name).orElseThrow()).toList();
        long streams = presets.stream().filter(Preset::isStreaming).count();
        if (job.files().size() != presets.size() - streams || job.streams().size() != streams) {
            return failed(asset, "Transcode job " + job.jobId() + " made " + job.files().size() + " files and "
                    + job.streams().size() + " HLS groups, not " + (presets.size() - streams) + " and " + streams);
        }
        List<ObjectRef> targets = parts.keys().finalRefs(asset.id(), presets);
        Iterator<CompletedJob.OutputFile> files = job.files().iterator();
        Iterator<CompletedJob.Stream> groups = job.streams().iterator();
        List<Transcode> transcodes = new ArrayList<>();
        for (int i = 0; i < presets.size(); i++) {
            Preset preset = presets.get(i);
            Optional<Transcode> moved = preset.isStreaming() ? moves.stream(groups.next(), preset, targets.get(i))
                    : moves.file(files.next(), preset, targets.get(i));
            if (moved.isEmpty()) {
                return failed(asset, "The output of preset " + preset.name() + " of job " + job.jobId() + " is missing");
            }
            transcodes.add(moved.get());
        }
        return outcome(asset, job, transcodes);
    }

    private static Assets.Outcome outcome(Asset asset, CompletedJob job, List<Transcode> transcodes) {
        if (transcodes.stream().allMatch(t -> t.durationMs() == null || t.durationMs() <= 0)) {
            return failed(asset, "Transcode job " + job.jobId() + " made no playable media from " + asset.origin());
        }
        Transcode largest = transcodes.stream().filter(t -> t.width() != null)
                .max(Comparator.comparingInt(Transcode::width)).orElse(null);
        Long duration = transcodes.stream().map(Transcode::durationMs).filter(Objects::nonNull).max(Long::compare).orElse(null);
        return new Assets.Outcome(transcodes, largest == null ? null : largest.width(),
                largest == null ? null : largest.height(), duration, null);
    }

    private static Assets.Outcome failed(Asset asset, String error) {
        return new Assets.Outcome(asset.transcodes(), asset.width(), asset.height(), asset.durationMs(), error);
    }
}
