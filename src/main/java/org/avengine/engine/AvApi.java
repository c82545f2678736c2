package org.avengine.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The engine's public AV contract: {@code /av/presets}, {@code /av/policies} and {@code /av/allowed}. */
@RestController
class AvApi {

    private final Presets presets;

    AvApi(Presets presets) {
        this.presets = presets;
    }

    /** {@code {friendlyName: {id, policyName, extension}}}. */
    @GetMapping("/av/presets")
    Map<String, PresetView> presets() {
        Map<String, PresetView> result = new LinkedHashMap<>();
        presets.all().forEach((name, preset) -> result.put(name, new PresetView(preset.id(), name, preset.extension())));
        return result;
    }

    /** The friendly names a policy may use. */
    @GetMapping({"/av/policies", "/av/allowed"})
    List<String> allowed() {
        return List.copyOf(presets.all().keySet());
    }

    record PresetView(String id, String policyName, String extension) {
    }
}
