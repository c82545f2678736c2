package org.avengine.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Reads and writes {@code file:} locations. Accepted: {@code file:///path}, {@code file:/path} and
 * {@code file://localhost/path}; percent-escapes are decoded when the text is a valid URI, and the
 * path is taken as written otherwise (so {@code file:///media/My Film.mp4} works too).
 */
final class FileUris {

    private FileUris() {
    }

    static Path path(String location) {
        String rest = location.substring("file:".length());
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            String host = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            if (!host.isEmpty() && !host.equalsIgnoreCase("localhost")) {
                throw new LocationNotAllowedException("Refused " + location + ": files on other hosts ('" + host
                        + "') are not supported; use file:///absolute/path");
            }
            rest = slash < 0 ? "" : rest.substring(slash);
        }
        if (!rest.startsWith("/")) {
            throw new LocationNotAllowedException("Refused " + location + ": a file location needs an absolute path,"
                    + " file:///absolute/path");
        }
        return Path.of(decoded(rest));
    }

    static String format(Path path) {
        return path.toUri().toString();
    }

    private static String decoded(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return new URI("file://" + path).getPath();
        } catch (URISyntaxException e) {
            return path; // not a URI (a space, say): the path was written plainly
        }
    }
}
