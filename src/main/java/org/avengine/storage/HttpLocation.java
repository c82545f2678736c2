package org.avengine.storage;

import java.net.URI;

/** An {@code https://} (or, when allowed, {@code http://}) URL to download an input from. */
public record HttpLocation(URI uri) implements Location {

    public HttpLocation {
        if (uri == null || uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("An http location needs an http(s) URL with a host, not " + uri);
        }
    }
}
