package org.avengine.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Turns location strings into {@link Location}s and back, enforcing what the configuration allows:
 * {@code s3://bucket/key} always; {@code file://} only under {@code avengine.storage.inputs.file-roots};
 * {@code https://} and {@code http://} inputs only when {@code allow-https} / {@code allow-http} are set;
 * nothing else.
 */
@Component
public class Locations {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final String USE = "use s3://bucket/key, file:///absolute/path (under " + FileRoots.SETTING
            + ") or https://host/path (with avengine.storage.inputs.allow-https=true)";

    private final FileRoots fileRoots;
    private final StorageProperties.Inputs inputs;
    private final AddressRules addressRules;

    public Locations(StorageProperties properties) {
        this.inputs = properties.inputs();
        this.fileRoots = new FileRoots(inputs.fileRoots());
        this.addressRules = new AddressRules(inputs.allowedNetworks());
    }

    /**
     * The input location {@code location} names.
     *
     * @throws LocationNotAllowedException when it is malformed or not allowed, saying which setting would allow it
     */
    public Location parse(String location) {
        if (location == null || location.isBlank()) {
            throw new LocationNotAllowedException("Refused an empty location: " + USE);
        }
        String text = location.strip();
        String scheme = scheme(text);
        if (scheme == null) {
            return absoluteFile(text);
        }
        return switch (scheme) {
            case "s3" -> store(text);
            case "file" -> new FileLocation(fileRoots.check(FileUris.path(text), text));
            case "https", "http" -> http(text, scheme);
            default -> throw new LocationNotAllowedException(
                    "Refused " + text + ": the scheme '" + scheme + ":' is not supported; " + USE);
        };
    }

    /**
     * The output location {@code destination} names: {@code s3://} or an allowed {@code file://}.
     *
     * @throws LocationNotAllowedException for http(s) and everything {@link #parse} refuses
     */
    public Location resolveOutput(String destination) {
        String scheme = destination == null ? null : scheme(destination.strip());
        if ("https".equals(scheme) || "http".equals(scheme)) {
            throw new LocationNotAllowedException("Refused " + destination.strip() + " as an output: outputs go to"
                    + " s3://bucket/key or file:///absolute/path (under " + FileRoots.SETTING + ")");
        }
        return parse(destination);
    }

    /** The string form: {@code s3://bucket/key}, {@code file:///path} (percent-encoded) or the URL. */
    public String format(Location location) {
        if (location instanceof StoreLocation s) {
            return s.ref().toString();
        }
        if (location instanceof FileLocation f) {
            return FileUris.format(f.path());
        }
        return ((HttpLocation) location).uri().toString();
    }

    /** The real path of a file location, checked again against the roots at the time of use. */
    Path allowedFile(FileLocation location) {
        return fileRoots.check(location.path(), format(location));
    }

    /** Checks a URL met later (a redirect) against the same rules as an input. */
    HttpLocation allowedHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new LocationNotAllowedException("Refused " + uri + ": only http(s) redirects are followed");
        }
        return http(uri.toString(), scheme);
    }

    private Location absoluteFile(String text) {
        if (!text.startsWith("/")) {
            throw new LocationNotAllowedException("Refused '" + text + "': relative paths are not allowed; " + USE);
        }
        return new FileLocation(fileRoots.check(Path.of(text), text));
    }

    private static Location store(String text) {
        if (!text.regionMatches(true, 0, ObjectRef.SCHEME, 0, ObjectRef.SCHEME.length())) {
            throw new LocationNotAllowedException("Refused " + text + ": write s3://bucket/key");
        }
        try {
            return new StoreLocation(ObjectRef.parse(ObjectRef.SCHEME + text.substring(ObjectRef.SCHEME.length())));
        } catch (IllegalArgumentException e) {
            throw new LocationNotAllowedException("Refused " + text + ": " + e.getMessage());
        }
    }

    private HttpLocation http(String text, String scheme) {
        boolean allowed = scheme.equals("https") ? inputs.allowHttps() : inputs.allowHttp();
        if (!allowed) {
            throw new LocationNotAllowedException("Refused " + text + ": " + scheme + ":// inputs are turned off; set"
                    + " avengine.storage.inputs.allow-" + scheme + "=true to allow them");
        }
        HttpLocation location;
        try {
            location = new HttpLocation(URI.create(text));
        } catch (IllegalArgumentException e) {
            throw new LocationNotAllowedException("Refused " + text + ": not a valid URL (" + e.getMessage() + ")");
        }
        checkLiteralAddress(location.uri().getHost());
        return location;
    }

    /** An IP address written in the URL is checked at once; names are checked when they are resolved. */
    private void checkLiteralAddress(String host) {
        boolean literal = host.startsWith("[") || host.matches("[0-9.]+");
        if (literal && !addressRules.hostAllowed(host)) {
            try {
                addressRules.check(host, AddressRules.Network.literal(host));
            } catch (IllegalArgumentException e) {
                throw new LocationNotAllowedException("Refused " + host + ": not a valid IP address");
            }
        }
    }

    /** The rules every http(s) connection's resolved address is checked against. */
    AddressRules addressRules() {
        return addressRules;
    }

    private static String scheme(String text) {
        Matcher m = SCHEME.matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
