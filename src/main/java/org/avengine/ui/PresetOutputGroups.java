package org.avengine.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.avengine.transcode.TranscodeCatalogue;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.Preset;

/**
 * Output groups for a list of presets: one output per preset, in the group its container needs
 * (files for MP4/WebM/MP3/stills, HLS for M3U8, DASH for MPD, CMAF for CMFC), each named by a modifier
 * made from its preset's name.
 */
@Component
class PresetOutputGroups {

    private final TranscodeCatalogue catalogue;

    PresetOutputGroups(TranscodeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<OutputGroup> forPresets(List<String> names, String destination) {
        Map<String, Preset> presets = new LinkedHashMap<>();
        catalogue.presets().forEach(p -> presets.put(p.name(), p));
        Map<String, List<Output>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Preset preset = presets.get(names.get(i));
            String container = preset == null || preset.settings().containerSettings() == null ? "MP4"
                    : preset.settings().containerSettings().containerAsString();
            byGroup.computeIfAbsent(groupOf(container), g -> new ArrayList<>())
                    .add(Output.builder().preset(names.get(i)).nameModifier(modifier(names.get(i), i)).build());
        }
        List<OutputGroup> groups = new ArrayList<>();
        byGroup.forEach((type, outputs) -> groups.add(OutputGroup.builder().name(type).outputs(outputs)
                .outputGroupSettings(settings(type, destination)).build()));
        return groups;
    }

    private static String groupOf(String container) {
        return switch (container == null ? "" : container) {
            case "M3U8" -> "HLS_GROUP_SETTINGS";
            case "MPD" -> "DASH_ISO_GROUP_SETTINGS";
            case "CMFC" -> "CMAF_GROUP_SETTINGS";
            default -> "FILE_GROUP_SETTINGS";
        };
    }

    private static OutputGroupSettings settings(String type, String destination) {
        var settings = OutputGroupSettings.builder().type(type);
        return switch (type) {
            case "HLS_GROUP_SETTINGS" -> settings.hlsGroupSettings(h -> h.destination(destination).segmentLength(6).minSegmentLength(0)).build();
            case "DASH_ISO_GROUP_SETTINGS" -> settings.dashIsoGroupSettings(d -> d.destination(destination).segmentLength(6).fragmentLength(2)).build();
            case "CMAF_GROUP_SETTINGS" -> settings.cmafGroupSettings(c -> c.destination(destination).segmentLength(6).fragmentLength(2)).build();
            default -> settings.fileGroupSettings(f -> f.destination(destination)).build();
        };
    }

    /** {@code _3_mp4_avc_aac_1280x720p} from the third preset's name, {@code System-Generic_Hd_Mp4_Avc_Aac_...}. */
    static String modifier(String preset, int index) {
        String tail = preset.replaceFirst("^System-", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return "_" + (index + 1) + "_" + tail.substring(Math.max(0, tail.length() - 24)).replaceAll("^_+", "");
    }
}
