package org.avengine.engine;

import java.io.IOException;
import java.nio.file.Path;

import org.avengine.storage.InputFetcher;
import org.avengine.storage.LocalInput;
import org.avengine.storage.Location;
import org.avengine.storage.Locations;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.avengine.storage.StoreLocation;
import org.avengine.system.AvengineProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Copies an asset's origin into the input bucket: inside the store for {@code s3://} origins (no
 * download), and through {@link InputFetcher} (timeouts, size limit, allowed roots) for the others,
 * with the HTTP Basic credentials of the customer's first {@link OriginStrategy} that matches.
 */
@Component
class OriginCopier {

    private final ObjectStore store;
    private final Locations locations;
    private final InputFetcher fetcher;
    private final AvengineProperties node;
    private final OriginStrategies strategies;

    OriginCopier(ObjectStore store, Locations locations, InputFetcher fetcher, AvengineProperties node,
            OriginStrategies strategies) {
        this.store = store;
        this.locations = locations;
        this.fetcher = fetcher;
        this.node = node;
        this.strategies = strategies;
    }

    /** Copies the asset's {@code origin} to {@code target}, with its customer's credentials for it; returns the size stored. */
    long copy(AssetId asset, String origin, ObjectRef target, String mediaType) {
        Location location = locations.parse(origin);
        if (location instanceof StoreLocation s) {
            store.copy(s.ref(), target);
        } else {
            Path work = node.workDir().resolve("ingest-" + target.fileName());
            try (LocalInput input = fetcher.fetch(location, work, strategies.httpHeaders(asset.customer(), origin))) {
                store.upload(input.path(), target, mediaType);
            } finally {
                deleteFolder(work);
            }
        }
        return store.stat(target).orElseThrow().size();
    }

    private static void deleteFolder(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot delete the ingest folder " + folder + ": " + e, e);
        }
    }
}
