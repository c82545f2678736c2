package org.avengine.transcode;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import software.amazon.awssdk.services.mediaconvert.model.CreatePresetRequest;
import software.amazon.awssdk.services.mediaconvert.model.UpdatePresetRequest;
import tools.jackson.databind.node.ObjectNode;

/** MediaConvert's preset operations, on its REST paths and in its wire format. */
@RestController
@RequestMapping("/2017-08-29/presets")
class PresetsApi {

    private final PresetService presets;
    private final CatalogueResponses responses;

    PresetsApi(PresetService presets, CatalogueResponses responses) {
        this.presets = presets;
        this.responses = responses;
    }

    @PostMapping
    ResponseEntity<ObjectNode> createPreset(HttpServletRequest http) {
        var request = responses.read(WireBodies.body(http), CreatePresetRequest.class);
        return ResponseEntity.status(HttpStatus.CREATED).body(responses.one("preset", presets.create(request)));
    }

    @GetMapping("/{name}")
    ObjectNode getPreset(@PathVariable String name) {
        return responses.one("preset", presets.get(name));
    }

    @GetMapping
    ObjectNode listPresets(@RequestParam(required = false) String category,
            @RequestParam(required = false) String listBy,
            @RequestParam(required = false) Integer maxResults,
            @RequestParam(required = false) String nextToken,
            @RequestParam(required = false) String order) {
        var page = presets.list(CatalogueQuery.of(category, listBy, order, maxResults, nextToken));
        return responses.page("presets", page.items(), page.nextToken());
    }

    @PutMapping("/{name}")
    ObjectNode updatePreset(@PathVariable String name, HttpServletRequest http) {
        var request = responses.read(WireBodies.body(http), UpdatePresetRequest.class);
        return responses.one("preset", presets.update(name, request));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<ObjectNode> deletePreset(@PathVariable String name) {
        presets.delete(name);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(responses.empty());
    }
}
