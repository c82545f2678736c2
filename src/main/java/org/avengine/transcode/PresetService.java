package org.avengine.transcode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import software.amazon.awssdk.services.mediaconvert.model.CreatePresetRequest;
import software.amazon.awssdk.services.mediaconvert.model.Preset;
import software.amazon.awssdk.services.mediaconvert.model.UpdatePresetRequest;

/** Presets: MediaConvert's system presets and the custom ones users create, change and delete. */
@Service
class PresetService {

    private final CatalogueTable table;
    private final PresetCatalogue system;
    private final WireText wire;
    private final TranscodeProperties properties;
    private final Clock clock = Clock.systemUTC();

    PresetService(JdbcClient jdbc, PresetCatalogue system, WireText wire, TranscodeProperties properties) {
        this.table = new CatalogueTable(jdbc, "presets");
        this.system = system;
        this.wire = wire;
        this.properties = properties;
    }

    Preset create(CreatePresetRequest request) {
        CatalogueNames.require(request.name(), "name");
        if (request.settings() == null) {
            throw new InvalidRequestException("settings: required");
        }
        if (system.find(request.name()).isPresent()) {
            throw new ResourceConflictException("A system preset is named " + request.name() + "; choose another name");
        }
        var now = clock.instant();
        Preset preset = Preset.builder().name(request.name()).arn(properties.arn("presets", request.name()))
                .description(request.description()).category(request.category()).settings(request.settings())
                .type("CUSTOM").createdAt(now).lastUpdated(now).build();
        if (!table.insert(preset.name(), preset.category(), wire.text(preset), now)) {
            throw new ResourceConflictException("A preset named " + request.name() + " already exists");
        }
        return preset;
    }

    Optional<Preset> find(String name) {
        return system.find(name).or(() -> table.find(name).map(text -> wire.read(text, Preset.class)));
    }

    Preset get(String name) {
        return find(name).orElseThrow(() -> new ResourceNotFoundException("preset", name));
    }

    CatalogueQuery.Page<Preset> list(CatalogueQuery query) {
        List<Preset> all = new ArrayList<>(system.all());
        table.all().forEach(text -> all.add(wire.read(text, Preset.class)));
        return query.page(all, p -> new CatalogueQuery.Entry(p.name(), p.category(),
                p.createdAt() == null ? 0 : p.createdAt().toEpochMilli(), "SYSTEM".equals(p.typeAsString())));
    }

    Preset update(String name, UpdatePresetRequest request) {
        Preset old = custom(name, "changed");
        Preset preset = old.toBuilder().lastUpdated(clock.instant())
                .description(request.description() == null ? old.description() : request.description())
                .category(request.category() == null ? old.category() : request.category())
                .settings(request.settings() == null ? old.settings() : request.settings()).build();
        table.update(name, preset.category(), wire.text(preset));
        return preset;
    }

    void delete(String name) {
        custom(name, "deleted");
        table.delete(name);
    }

    private Preset custom(String name, String verb) {
        Preset preset = get(name);
        if ("SYSTEM".equals(preset.typeAsString())) {
            throw new ResourceConflictException("System preset " + name + " cannot be " + verb);
        }
        return preset;
    }
}
