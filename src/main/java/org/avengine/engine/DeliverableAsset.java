package org.avengine.engine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What delivery needs of an asset: its size, duration and the transcodes it keeps.
 *
 * @param durationMs the asset's duration in milliseconds, null while it has none
 */
public record DeliverableAsset(AssetId id, String mediaType, Integer width, Integer height, Long durationMs,
        List<Transcode> transcodes) {

    /** A file an HLS transcode keeps beside its multivariant playlist: one name, no folders, no dot files. */
    private static final Pattern STREAM_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");

    public DeliverableAsset {
        transcodes = List.copyOf(transcodes);
    }

    /**
     * The file at {@code path} below {@code /iiif-av/{c}/{s}/{id}/}: a transcode whose delivery path it
     * is, else a media playlist or segment directly in an HLS transcode's folder, typed by its extension.
     */
    public Optional<DeliverableFile> file(String path) {
        for (Transcode t : transcodes) {
            if (t.deliveryPath(id).equals(path)) {
                return Optional.of(new DeliverableFile(t.location(), t.mediaType()));
            }
        }
        for (Transcode t : transcodes.stream().filter(Transcode::isStreaming).toList()) {
            String folder = t.folderKey().substring(id.path().length() + 1);
            if (path.startsWith(folder) && STREAM_FILE.matcher(path.substring(folder.length())).matches()) {
                String name = path.substring(folder.length());
                String location = t.location().substring(0, t.location().lastIndexOf('/') + 1) + name;
                return MediaTypes.ofFile(name).map(type -> new DeliverableFile(location, type));
            }
        }
        return Optional.empty();
    }
}
