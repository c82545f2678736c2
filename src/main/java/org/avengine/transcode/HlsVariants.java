package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.mediaconvert.model.HlsSettings;
import software.amazon.awssdk.services.mediaconvert.model.Output;

/**
 * The {@code -var_stream_map} of an HLS group: one variant per output, named by its name modifier.
 * When the group has audio-only outputs and video outputs without audio, the audio-only outputs
 * become an audio rendition group ({@code hlsSettings.audioGroupId}, default {@code program_audio})
 * that those video variants refer to ({@code hlsSettings.audioRenditionSets}), as MediaConvert does.
 */
final class HlsVariants {

    private HlsVariants() {
    }

    /** {@code streams} holds each output's stream specifiers, e.g. {@code v:0,a:0}. */
    static String map(PackagedGroup group, List<Output> settings, List<String> streams) {
        boolean renditionGroups = has(group, true) && has(group, false);
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < group.outputs().size(); i++) {
            PlannedOutput output = group.outputs().get(i);
            String variant = streams.get(i) + ",name:" + output.baseName().substring(group.base().length());
            String audioGroup = renditionGroups ? audioGroup(output, hls(settings.get(i))) : null;
            variants.add(audioGroup == null ? variant : variant + ",agroup:" + audioGroup);
        }
        return String.join(" ", variants);
    }

    /** Whether the group has an audio-only output ({@code audioOnly}), or a video output without audio. */
    private static boolean has(PackagedGroup group, boolean audioOnly) {
        return group.outputs().stream().map(PlannedOutput::spec)
                .anyMatch(s -> audioOnly ? !s.hasVideo() : s.hasVideo() && s.audio().isEmpty());
    }

    private static String audioGroup(PlannedOutput output, HlsSettings hls) {
        if (!output.spec().hasVideo()) {
            return hls.audioGroupId() == null ? StreamingArguments.DEFAULT_AUDIO_GROUP : hls.audioGroupId();
        }
        if (!output.spec().audio().isEmpty()) {
            return null;
        }
        String sets = hls.audioRenditionSets();
        return sets == null || sets.isBlank() ? StreamingArguments.DEFAULT_AUDIO_GROUP : sets.split(",")[0].strip();
    }

    private static HlsSettings hls(Output output) {
        if (output.outputSettings() == null || output.outputSettings().hlsSettings() == null) {
            return HlsSettings.builder().build();
        }
        return output.outputSettings().hlsSettings();
    }
}
