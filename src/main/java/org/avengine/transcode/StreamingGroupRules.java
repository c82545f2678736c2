package org.avengine.transcode;

import java.util.List;

import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;

/**
 * What an HLS, DASH or CMAF group must hold beyond its outputs' codecs: whole segments of at least a
 * second, a name modifier on every HLS and CMAF output (its media playlist is
 * {@code <base><nameModifier>.m3u8}, next to the multivariant {@code <base>.m3u8}), and one segment
 * format for all outputs of a group.
 */
final class StreamingGroupRules {

    private StreamingGroupRules() {
    }

    static void check(OutputGroup group, GroupSpec spec, String path, List<String> problems) {
        String settings = path + ".outputGroupSettings." + spec.settingsField();
        if (spec.segmentLength() != null && spec.segmentLength() < 1) {
            problems.add(settings + ".segmentLength: must be at least 1 second, was " + spec.segmentLength());
        }
        var hls = group.outputGroupSettings().hlsGroupSettings();
        if (hls != null && hls.minSegmentLength() != null && hls.minSegmentLength() < 0) {
            problems.add(settings + ".minSegmentLength: must not be negative, was " + hls.minSegmentLength());
        }
        if (spec.type() == GroupType.DASH) {
            return;
        }
        String firstContainer = null;
        for (int o = 0; o < group.outputs().size(); o++) {
            Output output = group.outputs().get(o);
            String outputPath = path + ".outputs[" + o + "]";
            if (output.nameModifier() == null || output.nameModifier().isEmpty()) {
                problems.add(outputPath + ".nameModifier: required in " + spec.type() + " groups, so that the output's"
                        + " media playlist is not named like the group's multivariant playlist");
            }
            String container = output.containerSettings() == null || output.containerSettings().container() == null
                    ? spec.type().defaultContainer() : output.containerSettings().containerAsString();
            if (firstContainer != null && !firstContainer.equals(container)) {
                problems.add(outputPath + ".containerSettings.container: all outputs of " + spec.type() + " groups use the same"
                        + " segment format; output 0 uses " + firstContainer + ", this one " + container);
            }
            firstContainer = firstContainer == null ? container : firstContainer;
        }
    }
}
