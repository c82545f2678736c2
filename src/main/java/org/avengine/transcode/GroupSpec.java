package org.avengine.transcode;

import software.amazon.awssdk.services.mediaconvert.model.CmafGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.DashIsoGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.HlsGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroupSettings;

/**
 * An output group's settings as avengine uses them: its type, its destination and, for streaming
 * groups, how segments are cut and listed. Segment lengths default as in MediaConvert (HLS and CMAF
 * 10 s, DASH 30 s). {@code minSegmentLength} and the settings that only shape AWS's delivery
 * (caching, compression, ID3 periods) are accepted and change nothing.
 *
 * @param settingsField the member of {@code outputGroupSettings} that holds the group's settings
 * @param segmentLength seconds per segment as given, or null
 * @param singleFile whether {@code segmentControl} is SINGLE_FILE (one file per rendition, byte ranges)
 * @param programDateTime whether HLS playlists carry {@code EXT-X-PROGRAM-DATE-TIME}
 * @param integerDurations whether {@code manifestDurationFormat} is INTEGER
 */
record GroupSpec(GroupType type, String settingsField, String destination, Integer segmentLength, boolean singleFile,
        boolean programDateTime, boolean integerDurations) {

    /** The spec of a group whose type is known ({@link GroupType#of} is not null). */
    static GroupSpec of(OutputGroupSettings settings) {
        GroupType type = GroupType.of(settings.typeAsString());
        return switch (type) {
            case FILE -> new GroupSpec(type, "fileGroupSettings", settings.fileGroupSettings() == null ? null
                    : settings.fileGroupSettings().destination(), null, false, false, false);
            case HLS -> hls(settings.hlsGroupSettings() == null ? HlsGroupSettings.builder().build() : settings.hlsGroupSettings());
            case DASH -> dash(settings.dashIsoGroupSettings() == null ? DashIsoGroupSettings.builder().build()
                    : settings.dashIsoGroupSettings());
            case CMAF -> cmaf(settings.cmafGroupSettings() == null ? CmafGroupSettings.builder().build()
                    : settings.cmafGroupSettings());
        };
    }

    private static GroupSpec hls(HlsGroupSettings s) {
        return new GroupSpec(GroupType.HLS, "hlsGroupSettings", s.destination(), s.segmentLength(),
                "SINGLE_FILE".equals(s.segmentControlAsString()), "INCLUDE".equals(s.programDateTimeAsString()),
                "INTEGER".equals(s.manifestDurationFormatAsString()));
    }

    private static GroupSpec dash(DashIsoGroupSettings s) {
        return new GroupSpec(GroupType.DASH, "dashIsoGroupSettings", s.destination(), s.segmentLength(),
                "SINGLE_FILE".equals(s.segmentControlAsString()), false, false);
    }

    private static GroupSpec cmaf(CmafGroupSettings s) {
        return new GroupSpec(GroupType.CMAF, "cmafGroupSettings", s.destination(), s.segmentLength(),
                "SINGLE_FILE".equals(s.segmentControlAsString()), false, "INTEGER".equals(s.manifestDurationFormatAsString()));
    }

    /** Seconds per segment: as given, else MediaConvert's default for the group type. */
    int segmentSeconds() {
        if (segmentLength != null) {
            return segmentLength;
        }
        return type == GroupType.DASH ? 30 : 10;
    }
}
