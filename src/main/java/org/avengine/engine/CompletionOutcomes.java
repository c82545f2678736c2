package org.avengine.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.avengine.storage.ObjectRef;
import org.springframework.stereotype.Component;

/**
 * What a finished job leaves an asset: its outputs moved to their final keys and recorded as
 * {@code AVTranscodes}, the picture size and duration, or the error that ended it.
 */
@Component
class CompletionOutcomes {

    private final Ingest.IngestParts parts;

    CompletionOutcomes(Ingest.IngestParts parts) {
        this.parts = parts;
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
        if (job.outputs().size() != presets.size()) {
            return failed(asset, "Transcode job " + job.jobId() + " made " + job.outputs().size() + " outputs, not " + presets.size());
        }
        List<ObjectRef> targets = parts.keys().finalRefs(asset.id(), presets);
        List<Transcode> transcodes = new ArrayList<>();
        for (int i = 0; i < presets.size(); i++) {
            CompletedJob.OutputFile output = job.outputs().get(i);
            if (output.location() == null || !parts.store().exists(ObjectRef.parse(output.location()))
                    && !parts.store().exists(targets.get(i))) {
                return failed(asset, "Output " + output.location() + " of job " + job.jobId() + " is missing");
            }
            transcodes.add(move(output, presets.get(i), targets.get(i)));
        }
        if (transcodes.stream().allMatch(t -> t.durationMs() == null || t.durationMs() <= 0)) {
            return failed(asset, "Transcode job " + job.jobId() + " made no playable media from " + asset.origin());
        }
        Transcode largest = transcodes.stream().filter(t -> t.width() != null)
                .max(Comparator.comparingInt(Transcode::width)).orElse(null);
        Long duration = transcodes.stream().map(Transcode::durationMs).filter(Objects::nonNull).max(Long::compare).orElse(null);
        return new Assets.Outcome(transcodes, largest == null ? null : largest.width(),
                largest == null ? null : largest.height(), duration, null);
    }

    private Transcode move(CompletedJob.OutputFile output, Preset preset, ObjectRef target) {
        ObjectRef written = ObjectRef.parse(output.location());
        if (parts.store().exists(written)) {
            parts.store().copy(written, target);
        }
        boolean picture = !preset.isAudio();
        return new Transcode(target.toString(), preset.name(), preset.extension(), preset.mediaType(),
                picture ? output.width() : null, picture ? output.height() : null, output.durationMs());
    }

    private static Assets.Outcome failed(Asset asset, String error) {
        return new Assets.Outcome(asset.transcodes(), asset.width(), asset.height(), asset.durationMs(), error);
    }
}
