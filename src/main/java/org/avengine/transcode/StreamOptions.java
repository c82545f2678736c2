package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites per-output encoder options ({@code -c:v libx264 -b:v 800000 -g 90}) for one stream of a
 * muxer that carries several ({@code -c:v:1 libx264 -b:v:1 800000 -g:v:1 90}), as HLS variant maps and
 * DASH representations need.
 */
final class StreamOptions {

    private StreamOptions() {
    }

    /** {@code options} are option/value pairs; every option is given the stream specifier {@code type:index}. */
    static List<String> indexed(List<String> options, String type, int index) {
        List<String> result = new ArrayList<>(options.size());
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (i % 2 == 0 && option.startsWith("-") && !option.equals("-map")) {
                int colon = option.indexOf(':');
                result.add((colon < 0 ? option : option.substring(0, colon)) + ":" + type + ":" + index);
            } else {
                result.add(option);
            }
        }
        return result;
    }
}
