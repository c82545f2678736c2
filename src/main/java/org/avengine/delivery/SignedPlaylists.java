package org.avengine.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avengine.engine.AssetId;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Signed access under {@code /iiif-av/}: a request carrying {@code exp} and {@code sig} is let in when
 * {@link UrlSigner} verifies them (403 when they are altered or expired), and an HLS playlist sent
 * to it has the same signature added to every URI it lists, so that a player fetching the media
 * playlists and segments is let in too.
 */
@Component
class SignedPlaylists {

    private static final Pattern URI_ATTRIBUTE = Pattern.compile("URI=\"([^\"]*)\"");
    private static final long MAX_PLAYLIST = 4L * 1024 * 1024;

    private final UrlSigner signer;
    private final ObjectStore store;

    SignedPlaylists(UrlSigner signer, ObjectStore store) {
        this.signer = signer;
        this.store = store;
    }

    /** Whether the request is signed: false without a signature, 403 with a wrong or expired one. */
    boolean check(AssetId asset, String exp, String sig) {
        if (exp == null && sig == null) {
            return false;
        }
        if (!signer.verifies(asset, exp, sig)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "The signature of this URL is not valid for " + asset + " or has expired; ask for the links again");
        }
        return true;
    }

    static boolean isPlaylist(String mediaType) {
        return mediaType.startsWith("application/vnd.apple.mpegurl") || mediaType.startsWith("audio/mpegurl");
    }

    /** The playlist with every URI signed like the request; nothing for HEAD. */
    StreamingResponseBody rewritten(ObjectRef ref, long size, AssetId asset, String exp, String method) {
        String query = signer.query(asset, Long.parseLong(exp));
        String playlist = read(ref, size);
        return out -> {
            if (!"HEAD".equals(method)) {
                out.write(sign(playlist, query).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    static String sign(String playlist, String query) {
        StringBuilder signed = new StringBuilder();
        for (String line : playlist.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                signed.append(line);
            } else if (trimmed.startsWith("#")) {
                Matcher uri = URI_ATTRIBUTE.matcher(line);
                signed.append(uri.replaceAll(m -> Matcher.quoteReplacement("URI=\"" + withQuery(m.group(1), query) + "\"")));
            } else {
                signed.append(withQuery(trimmed, query));
            }
            signed.append('\n');
        }
        return signed.substring(0, signed.length() - 1);
    }

    private static String withQuery(String uri, String query) {
        return uri + (uri.contains("?") ? "&" : "?") + query;
    }

    private String read(ObjectRef ref, long size) {
        try (InputStream in = store.open(ref, 0, Math.min(size, MAX_PLAYLIST))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
