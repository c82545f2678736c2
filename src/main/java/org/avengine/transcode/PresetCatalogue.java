package org.avengine.transcode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.avengine.transcode.wire.SdkJson;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.Preset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The presets every avengine has, read once through the SDK model, so that a misspelt member or enum
 * value stops the application (and its tests) from starting: MediaConvert's system presets under
 * their real names ({@code transcode/system-presets.json}), and avengine's own for outputs
 * MediaConvert has no system preset for, such as WebM and WebP ({@code transcode/avengine-presets.json}).
 * Both are {@code SYSTEM} presets: listed, used by name, never changed or deleted.
 */
@Component
class PresetCatalogue {

    static final String RESOURCE = "transcode/system-presets.json";
    static final String OWN_RESOURCE = "transcode/avengine-presets.json";

    private final Map<String, Preset> presets;

    PresetCatalogue(SdkJson sdkJson, JsonMapper json, TranscodeProperties properties) throws IOException {
        Map<String, Preset> read = new LinkedHashMap<>();
        for (String resource : List.of(RESOURCE, OWN_RESOURCE)) {
            try (InputStream in = new ClassPathResource(resource).getInputStream()) {
                JsonNode entries = json.readTree(in).get("presets");
                for (int i = 0; i < entries.size(); i++) {
                    Preset preset = sdkJson.read(entries.get(i), Preset.class, resource + ": presets[" + i + "]");
                    if (read.put(preset.name(), preset.toBuilder().type("SYSTEM")
                            .arn(properties.arn("presets", preset.name())).build()) != null) {
                        throw new IllegalStateException(resource + ": presets[" + i + "] repeats the name " + preset.name());
                    }
                }
            }
        }
        this.presets = Collections.unmodifiableMap(read);
    }

    Optional<Preset> find(String name) {
        return Optional.ofNullable(presets.get(name));
    }

    Collection<Preset> all() {
        return presets.values();
    }
}
