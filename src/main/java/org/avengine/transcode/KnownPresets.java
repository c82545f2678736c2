package org.avengine.transcode;

import org.springframework.stereotype.Component;

/** Whether the transcoder knows a preset by name, system or custom, for modules that refer to presets by name. */
@Component
public class KnownPresets {

    private final PresetService presets;

    KnownPresets(PresetService presets) {
        this.presets = presets;
    }

    /** Whether a job's output may name this preset. */
    public boolean contains(String name) {
        return name != null && presets.find(name).filter(p -> p.settings() != null).isPresent();
    }
}
