package org.avengine.delivery;

import org.avengine.engine.Transcode;
import org.avengine.storage.ObjectInfo;

/** A transcode found under {@code /iiif-av/} and what the store knows of its bytes. */
record DeliveredFile(Transcode transcode, ObjectInfo info) {

    String eTag() {
        return "\"" + info.eTag() + "\"";
    }
}
