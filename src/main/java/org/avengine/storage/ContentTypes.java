package org.avengine.storage;

import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/** Media types guessed from file names, for stores and files that keep none. */
final class ContentTypes {

    static final String DEFAULT = MediaType.APPLICATION_OCTET_STREAM_VALUE;

    private ContentTypes() {
    }

    static String of(String fileName) {
        return MediaTypeFactory.getMediaType(fileName).map(MediaType::toString).orElse(DEFAULT);
    }

    static String orGuess(String contentType, String fileName) {
        return contentType != null && !contentType.isBlank() ? contentType : of(fileName);
    }
}
