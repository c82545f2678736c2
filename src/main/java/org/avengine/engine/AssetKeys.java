package org.avengine.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.avengine.storage.ObjectRef;
import org.springframework.stereotype.Component;

/**
 * Where an asset's objects are kept. Final keys keep DLCS's paths for the first transcode of each
 * extension ({@code {c}/{s}/{id}/full/max/default.{ext}} for audio,
 * {@code {c}/{s}/{id}/full/full/max/max/0/default.{ext}} otherwise); a further transcode with the same
 * extension gets {@code .../{preset}/default.{ext}} below the same folder. An HLS ladder keeps its
 * playlists and segments in a folder of its own, {@code {c}/{s}/{id}/hls/{preset}/}, with the
 * multivariant playlist {@code master.m3u8}. The extension always comes from the preset.
 */
@Component
class AssetKeys {

    private static final String AUDIO = "full/max";
    private static final String VIDEO = "full/full/max/max/0";
    private static final String STREAMS = "hls";

    private final EngineProperties properties;

    AssetKeys(EngineProperties properties) {
        this.properties = properties;
    }

    /** The final location of each preset's output, in the presets' order. */
    List<ObjectRef> finalRefs(AssetId asset, List<Preset> presets) {
        Set<String> taken = new HashSet<>();
        List<ObjectRef> refs = new ArrayList<>();
        for (Preset preset : presets) {
            if (preset.isStreaming()) {
                String key = asset.path() + "/" + STREAMS + "/" + preset.name() + "/" + TranscodeOrder.STREAM_BASE + "." + preset.extension();
                refs.add(new ObjectRef(properties.storageBucket(), key));
                continue;
            }
            String folder = asset.path() + "/" + (preset.isAudio() ? AUDIO : VIDEO);
            String key = taken.add(preset.extension()) ? folder + "/default." + preset.extension()
                    : folder + "/" + preset.name() + "/default." + preset.extension();
            refs.add(new ObjectRef(properties.storageBucket(), key));
        }
        return refs;
    }

    /** Where one ingest's job writes before its outputs move to their final keys. */
    ObjectRef jobFolder(AssetId asset, String ingestToken) {
        return new ObjectRef(properties.storageBucket(), asset.path() + "/transcoding/" + ingestToken + "/");
    }

    /** The stored job-id blob, {@code {c}/{s}/{id}/metadata}. */
    ObjectRef metadata(AssetId asset) {
        return new ObjectRef(properties.storageBucket(), asset.path() + "/metadata");
    }

    /** Everything stored for the asset in the storage bucket. */
    ObjectRef storagePrefix(AssetId asset) {
        return new ObjectRef(properties.storageBucket(), asset.path() + "/");
    }

    /** A new place for a copy of the origin, {@code {c}/{s}/{id}/{random}} in the input bucket. */
    ObjectRef newInput(AssetId asset, String ingestToken) {
        return new ObjectRef(properties.inputBucket(), asset.path() + "/" + ingestToken);
    }

    /** The storage bucket, for delivery paths below {@code {c}/{s}/{id}/}. */
    String storageBucket() {
        return properties.storageBucket();
    }
}
