package org.avengine.engine;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes what an asset no longer needs. Every step may run again (deleting a missing object is no
 * error), and every key it deletes is one of this asset's: its transcodes (an HLS transcode's whole
 * folder), its folder {@code {c}/{s}/{id}/} or its input copy.
 */
@Component
class AssetCleanup {

    private static final Logger log = LoggerFactory.getLogger(AssetCleanup.class);

    private final ObjectStore store;
    private final AssetKeys keys;

    AssetCleanup(ObjectStore store, AssetKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    /** Deletes the transcodes of {@code before} that {@code after} does not keep. */
    void removeUnwanted(AssetId asset, Collection<Transcode> before, Collection<Transcode> after) {
        Set<String> kept = new HashSet<>();
        after.forEach(t -> kept.add(t.location()));
        for (Transcode old : before) {
            if (!kept.contains(old.location())) {
                delete(asset, old);
                log.info("Deleted transcode {} ({}) of asset {}", old.location(), old.preset(), asset);
            }
        }
    }

    private void delete(AssetId asset, Transcode transcode) {
        ObjectRef ref = ObjectRef.parse(transcode.location());
        if (!transcode.isStreaming()) {
            store.delete(ref);
            return;
        }
        String folder = transcode.folderKey();
        if (!folder.startsWith(asset.path() + "/") || folder.length() <= asset.path().length() + 1) {
            throw new IllegalStateException("HLS transcode " + ref + " is not in a folder of its own below asset " + asset);
        }
        store.deletePrefix(new ObjectRef(ref.bucket(), folder));
    }

    /** Deletes every derivative and the metadata blob: the asset's delivery channel was removed. */
    void removeDerivatives(AssetId asset, List<Transcode> transcodes) {
        removeUnwanted(asset, transcodes, List.of());
        store.delete(keys.metadata(asset));
    }

    /** Deletes everything the asset owned in the store. */
    void removeAll(Asset asset) {
        removeDerivatives(asset.id(), asset.transcodes());
        store.deletePrefix(keys.storagePrefix(asset.id()));
        removeInput(asset.inputLocation());
    }

    void removeInput(String inputLocation) {
        if (inputLocation != null) {
            store.delete(ObjectRef.parse(inputLocation));
        }
    }

    /** Deletes what one ingest's job wrote before its outputs moved. */
    void removeJobFolder(AssetId asset, String ingestToken) {
        store.deletePrefix(keys.jobFolder(asset, ingestToken));
    }
}
