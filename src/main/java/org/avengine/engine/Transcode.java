package org.avengine.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of an asset's {@code AVTranscodes}: a derivative the engine made and keeps.
 *
 * @param location where it is stored, {@code s3://bucket/{c}/{s}/{id}/...}
 * @param preset the friendly preset name that made it
 * @param extension its file extension, from the preset
 * @param mediaType its media type
 * @param width picture width, null for audio
 * @param height picture height, null for audio
 * @param durationMs its duration in milliseconds
 */
public record Transcode(
        @JsonProperty("l") String location,
        @JsonProperty("n") String preset,
        @JsonProperty("ex") String extension,
        @JsonProperty("mt") String mediaType,
        @JsonProperty("w") Integer width,
        @JsonProperty("h") Integer height,
        @JsonProperty("d") Long durationMs) {

    /** Its path below the asset, {@code full/max/default.mp3}: what follows {@code /iiif-av/{c}/{s}/{id}/}. */
    public String deliveryPath(AssetId asset) {
        return key().substring(asset.path().length() + 1);
    }

    /**
     * Whether it is an HLS ladder: its multivariant playlist is {@code l}, and its media playlists and
     * segments are kept beside it, in a folder that holds nothing else ({@link #folderKey}).
     */
    @JsonIgnore
    public boolean isStreaming() {
        return "m3u8".equals(extension);
    }

    /** The key of the folder it is stored in, ending with {@code /}. */
    public String folderKey() {
        String key = key();
        return key.substring(0, key.lastIndexOf('/') + 1);
    }

    /** The key of the stored object below its bucket. */
    public String key() {
        String rest = location.substring("s3://".length());
        return rest.substring(rest.indexOf('/') + 1);
    }
}
