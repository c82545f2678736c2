package org.avengine.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.avengine.storage.ObjectRef;
import org.springframework.stereotype.Component;

/**
 * Records what an asset no longer needs in the store, in the caller's transaction; the
 * {@link CleanupWorker} deletes it later. Every key recorded is one of this asset's: its transcodes,
 * its folder {@code {c}/{s}/{id}/}, its input copy or one ingest's job folder; deleting a missing
 * object is no error, so every deletion may run again.
 */
@Component
class AssetCleanup {

    private final Cleanups cleanups;
    private final AssetKeys keys;

    AssetCleanup(Cleanups cleanups, AssetKeys keys) {
        this.cleanups = cleanups;
        this.keys = keys;
    }

    /** The transcodes of {@code before} that {@code after} does not keep. */
    void removeUnwanted(AssetId asset, Collection<Transcode> before, Collection<Transcode> after) {
        cleanups.add(asset, unwanted(before, after));
    }

    /** Every derivative and the metadata blob: the asset's delivery channel was removed. */
    void removeDerivatives(AssetId asset, List<Transcode> transcodes) {
        List<CleanupEntry> entries = new ArrayList<>(unwanted(transcodes, List.of()));
        entries.add(CleanupEntry.object(keys.metadata(asset)));
        cleanups.add(asset, entries);
    }

    /** Everything the asset owned in the store: its folder (derivatives, metadata, job folders) and its input copy. */
    void removeAll(Asset asset) {
        List<CleanupEntry> entries = new ArrayList<>(unwanted(asset.transcodes(), List.of()));
        entries.add(CleanupEntry.folder(keys.storagePrefix(asset.id())));
        if (asset.inputLocation() != null) {
            entries.add(CleanupEntry.object(ObjectRef.parse(asset.inputLocation())));
        }
        cleanups.add(asset.id(), entries);
    }

    void removeInput(AssetId asset, String inputLocation) {
        if (inputLocation != null) {
            cleanups.add(asset, List.of(CleanupEntry.object(ObjectRef.parse(inputLocation))));
        }
    }

    /** What one ingest's job wrote before its outputs moved. */
    void removeJobFolder(AssetId asset, String ingestToken) {
        cleanups.add(asset, List.of(CleanupEntry.folder(keys.jobFolder(asset, ingestToken))));
    }

    private static List<CleanupEntry> unwanted(Collection<Transcode> before, Collection<Transcode> after) {
        Set<String> kept = new HashSet<>();
        after.forEach(t -> kept.add(t.location()));
        return before.stream().filter(t -> !kept.contains(t.location()))
                .map(t -> CleanupEntry.object(ObjectRef.parse(t.location()))).toList();
    }
}
