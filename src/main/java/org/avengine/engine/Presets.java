package org.avengine.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The friendly preset names the engine accepts, from {@code avengine.engine.presets}: each
 * {@code name: "{transcoder preset}|{extension}"}, or {@code "{preset},{preset},...|m3u8"} for an HLS
 * ladder with one rendition per preset. Every transcoder preset must be one the transcoder knows and
 * every extension one whose media type avengine knows; an entry that is not stops the start-up with a
 * message naming it.
 */
@Component
class Presets {

    static final String PROPERTY = "avengine.engine.presets";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

    private final Map<String, Preset> byName;

    Presets(EngineProperties properties, Transcoder transcoder) {
        Map<String, Preset> read = new LinkedHashMap<>();
        properties.presets().forEach((name, value) -> read.put(name, parse(name, value, transcoder::knowsPreset)));
        this.byName = Collections.unmodifiableMap(read);
    }

    /** One configuration entry as a preset; {@code known} says whether the transcoder knows a preset name. */
    static Preset parse(String name, String value, Predicate<String> known) {
        String entry = PROPERTY + "." + name;
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException(entry + ": a friendly name is up to 100 letters, digits and ._- (starting with a letter or digit)");
        }
        int bar = value == null ? -1 : value.lastIndexOf('|');
        if (bar < 0) {
            throw new IllegalStateException(entry + ": '" + value + "' has no extension; write \"{transcoder preset}|{extension}\"");
        }
        String extension = value.substring(bar + 1).strip();
        String mediaType = MediaTypes.ofExtension(extension).filter(t -> EXTENSION.matcher(extension).matches())
                .orElseThrow(() -> new IllegalStateException(entry + ": '" + extension + "' is no extension of a media type avengine makes"));
        List<String> transcoderPresets = new ArrayList<>();
        for (String preset : value.substring(0, bar).split(",", -1)) {
            if (!known.test(preset.strip())) {
                throw new IllegalStateException(entry + ": the transcoder knows no preset named '" + preset.strip() + "'");
            }
            transcoderPresets.add(preset.strip());
        }
        if (transcoderPresets.size() > 1 && !Preset.HLS.equals(extension)) {
            throw new IllegalStateException(entry + ": several transcoder presets make an HLS ladder, which needs the extension "
                    + Preset.HLS + ", not " + extension);
        }
        return new Preset(name, transcoderPresets, extension, mediaType);
    }

    Optional<Preset> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Map<String, Preset> all() {
        return byName;
    }
}
