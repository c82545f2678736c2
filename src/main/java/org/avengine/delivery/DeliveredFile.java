package org.avengine.delivery;

import org.avengine.storage.ObjectInfo;
import org.avengine.storage.ObjectRef;

/** A file found under {@code /iiif-av/}: where it is stored, what it is served as, and what the store knows of its bytes. */
record DeliveredFile(ObjectRef ref, String mediaType, ObjectInfo info) {

    String eTag() {
        return "\"" + info.eTag() + "\"";
    }
}
