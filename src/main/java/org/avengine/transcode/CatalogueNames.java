package org.avengine.transcode;

import java.util.regex.Pattern;

/** Names of presets, job templates and queues, and the names behind their ARNs. */
final class CatalogueNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9 _.\\-+=@]{1,128}");

    private CatalogueNames() {
    }

    static void require(String name, String field) {
        if (name == null || name.isEmpty()) {
            throw new InvalidRequestException(field + ": required");
        }
        if (!NAME.matcher(name).matches()) {
            throw new InvalidRequestException(field + ": up to 128 letters, digits, spaces and _.-+=@, was '" + name + "'");
        }
    }

    /** The name in a name or ARN: {@code arn:aws:mediaconvert:r:a:presets/X} and {@code X} both give X. */
    static String fromNameOrArn(String value, String kind) {
        if (value == null) {
            return null;
        }
        String marker = ":" + kind + "/";
        int at = value.startsWith("arn:") ? value.indexOf(marker) : -1;
        return at >= 0 ? value.substring(at + marker.length()) : value;
    }
}
