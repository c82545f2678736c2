package org.avengine.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.avengine.storage.ObjectInfo;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.springframework.stereotype.Component;

/**
 * Moves a finished job's outputs from its job folder to their final keys, and describes each as an
 * {@code AVTranscodes} entry. Moving again is harmless: an output already moved (the job folder is
 * gone, the final object is there) is described as it is.
 */
@Component
class OutputMoves {

    private final ObjectStore store;

    OutputMoves(ObjectStore store) {
        this.store = store;
    }

    /** A file output to {@code target}; empty when neither the job's file nor the target exists. */
    Optional<Transcode> file(CompletedJob.OutputFile output, Preset preset, ObjectRef target) {
        if (output.location() == null) {
            return Optional.empty();
        }
        ObjectRef written = ObjectRef.parse(output.location());
        if (store.exists(written)) {
            store.copy(written, target);
        } else if (!store.exists(target)) {
            return Optional.empty();
        }
        boolean picture = !preset.isAudio();
        return Optional.of(new Transcode(target.toString(), preset.name(), preset.extension(), preset.mediaType(),
                picture ? output.width() : null, picture ? output.height() : null, output.durationMs()));
    }

    /**
     * An HLS group: every file of the folder its multivariant playlist was written to goes to the folder
     * of {@code target} under the same name (what was there before is removed first), so the playlists'
     * relative URIs still resolve. The entry has the top rendition's size and the longest duration.
     */
    Optional<Transcode> stream(CompletedJob.Stream stream, Preset preset, ObjectRef target) {
        if (stream.playlist() == null) {
            return Optional.empty();
        }
        ObjectRef playlist = ObjectRef.parse(stream.playlist());
        if (store.exists(playlist)) {
            ObjectRef folder = folderOf(playlist);
            ObjectRef targetFolder = folderOf(target);
            store.deletePrefix(targetFolder);
            for (ObjectInfo file : store.list(folder)) {
                store.copy(file.ref(), targetFolder.resolve(file.ref().key().substring(folder.key().length())));
            }
        }
        if (!store.exists(target)) {
            return Optional.empty();
        }
        List<CompletedJob.OutputFile> renditions = stream.renditions();
        var top = renditions.stream().filter(r -> r.width() != null).max(Comparator.comparingInt(CompletedJob.OutputFile::width));
        Long duration = renditions.stream().map(CompletedJob.OutputFile::durationMs).filter(Objects::nonNull).max(Long::compare).orElse(null);
        return Optional.of(new Transcode(target.toString(), preset.name(), preset.extension(), preset.mediaType(),
                top.map(CompletedJob.OutputFile::width).orElse(null), top.map(CompletedJob.OutputFile::height).orElse(null), duration));
    }

    private static ObjectRef folderOf(ObjectRef ref) {
        return new ObjectRef(ref.bucket(), ref.key().substring(0, ref.key().lastIndexOf('/') + 1));
    }
}
