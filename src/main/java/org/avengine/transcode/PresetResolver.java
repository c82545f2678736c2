package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives each output that names a {@code preset} the preset's settings, with the output's own values
 * laid over them, so that the stored job holds the settings it runs with (and still names the preset).
 */
@Component
class PresetResolver {

    private final PresetService presets;
    private final WireText wire;

    PresetResolver(PresetService presets, WireText wire) {
        this.presets = presets;
        this.wire = wire;
    }

    JobSettings resolve(JobSettings settings) {
        if (!settings.hasOutputGroups()) {
            return settings;
        }
        ObjectNode tree = wire.tree(settings);
        List<String> problems = new ArrayList<>();
        boolean changed = false;
        JsonNode groups = tree.path("outputGroups");
        for (int g = 0; g < groups.size(); g++) {
            JsonNode outputs = groups.get(g).path("outputs");
            for (int o = 0; o < outputs.size(); o++) {
                String path = "settings.outputGroups[" + g + "].outputs[" + o + "]";
                changed |= resolveOutput((ObjectNode) outputs.get(o), path, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ResourceNotFoundException(String.join("; ", problems));
        }
        return changed ? wire.read(tree, JobSettings.class, "settings") : settings;
    }

    private boolean resolveOutput(ObjectNode output, String path, List<String> problems) {
        String name = output.path("preset").asString(null);
        if (name == null) {
            return false;
        }
        var preset = presets.find(name);
        if (preset.isEmpty() || preset.get().settings() == null) {
            problems.add(path + ".preset: no preset named " + name + " exists");
            return false;
        }
        ObjectNode merged = JsonMerge.over(wire.tree(preset.get().settings()), output);
        output.removeAll();
        output.setAll(merged);
        return true;
    }
}
