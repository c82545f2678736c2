/**
 * Delivery of an asset's transcodes: {@code /iiif-av/{c}/{s}/{id}/{path}} streams bytes from the
 * object store with byte ranges, validators and HEAD, and {@code /iiif-manifest/{c}/{s}/{id}}
 * describes the asset as a IIIF Presentation 3 manifest. Paths are looked up in the asset's
 * {@code AVTranscodes}, never derived from extensions.
 */
package org.avengine.delivery;
