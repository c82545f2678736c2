package org.avengine.transcode;

import java.util.Set;

/**
 * The MediaConvert output group types avengine runs: what the settings call them, what
 * {@code outputGroupDetails} calls them, which containers their outputs may use and which one an
 * output without container settings gets.
 */
enum GroupType {
    /** Standalone files (MP4, MOV, WebM, audio files, stills, animations). */
    FILE("FILE_GROUP_SETTINGS", "FILE_GROUP", Set.of("MP4", "MOV", "WEBM", "RAW", "GIF"), "MP4"),
    /** Apple HLS: a multivariant playlist, a media playlist per output, TS (M3U8) or fMP4 (CMFC) segments. */
    HLS("HLS_GROUP_SETTINGS", "HLS_GROUP", Set.of("M3U8", "CMFC"), "M3U8"),
    /** MPEG-DASH: one MPD and fMP4 segments, an adaptation set per media type. */
    DASH("DASH_ISO_GROUP_SETTINGS", "DASH_ISO_GROUP", Set.of("MPD"), "MPD"),
    /** CMAF: fMP4 segments that an HLS multivariant playlist and a DASH MPD both name. */
    CMAF("CMAF_GROUP_SETTINGS", "CMAF_GROUP", Set.of("CMFC"), "CMFC");

    private final String settingsType;
    private final String detailsType;
    private final Set<String> containers;
    private final String defaultContainer;

    GroupType(String settingsType, String detailsType, Set<String> containers, String defaultContainer) {
        this.settingsType = settingsType;
        this.detailsType = detailsType;
        this.containers = containers;
        this.defaultContainer = defaultContainer;
    }

    /** The type named by {@code outputGroupSettings.type}, or null when avengine does not run it. */
    static GroupType of(String settingsType) {
        for (GroupType type : values()) {
            if (type.settingsType.equals(settingsType)) {
                return type;
            }
        }
        return null;
    }

    String settingsType() {
        return settingsType;
    }

    /** The {@code type} of this group's entry in {@code outputGroupDetails}. */
    String detailsType() {
        return detailsType;
    }

    Set<String> containers() {
        return containers;
    }

    String defaultContainer() {
        return defaultContainer;
    }

    boolean streaming() {
        return this != FILE;
    }
}
