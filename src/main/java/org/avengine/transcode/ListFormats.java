package org.avengine.transcode;

import java.util.Arrays;
import java.util.Set;

/**
 * Input formats that name other files (playlists, concat lists, manifests). A file of one of these
 * kinds could make ffmpeg read files or URLs the job was never allowed to read, so such inputs are
 * refused; ffmpeg and ffprobe also run with {@code -protocol_whitelist file}.
 */
final class ListFormats {

    private static final Set<String> LISTS = Set.of("hls", "applehttp", "concat", "dash", "ffconcat", "ffmetadata",
            "smil", "imf");

    private ListFormats() {
    }

    static boolean isList(String formatName) {
        return formatName != null && Arrays.stream(formatName.split(",")).anyMatch(LISTS::contains);
    }
}
