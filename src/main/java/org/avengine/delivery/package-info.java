/**
 * Delivery of an asset's transcodes: {@code /iiif-av/{c}/{s}/{id}/{path}} streams bytes from the
 * object store (sendfile for the local store, or a redirect to a presigned S3 URL when configured) with
 * byte ranges (several as {@code multipart/byteranges}), validators and HEAD, and {@code /iiif-manifest/{c}/{s}/{id}}
 * describes the asset as a IIIF Presentation 3 manifest. Paths are looked up in the asset's
 * {@code AVTranscodes}, never derived from extensions.
 */
package org.avengine.delivery;
