package org.avengine.engine;

/**
 * One file delivery may serve under {@code /iiif-av/{c}/{s}/{id}/}: a transcode, or a media playlist or
 * segment in an HLS transcode's folder.
 *
 * @param location where it is stored, {@code s3://bucket/{c}/{s}/{id}/...}
 * @param mediaType what it is served as
 */
public record DeliverableFile(String location, String mediaType) {
}
