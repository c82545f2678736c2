package org.avengine.transcode.wire;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The published MediaConvert job files under the shared fixtures folder beside the project. */
final class Fixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SINGLE_MP4 = "02-docs-single-mp4.job.json";
    static final String HLS_ABR = "03-docs-hls-abr-3-renditions.job.json";

    /** Members whose JSON objects are maps: their keys are names users chose, not field names. */
    private static final Set<String> MAP_MEMBERS = Set.of("AudioSelectors", "AudioSelectorGroups",
            "CaptionSelectors", "UserMetadata", "Tags");

    private Fixtures() {
    }

    static JsonNode jobFile(String name) {
        Path file = folder().resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("Missing fixture " + file.toAbsolutePath().normalize());
        }
        return JSON.readTree(file.toFile());
    }

    /** The same document with wire names: each member name's first letter lower-cased. */
    static JsonNode camelCase(JsonNode node) {
        if (node.isArray()) {
            var array = JSON.createArrayNode();
            node.forEach(item -> array.add(camelCase(item)));
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String key = property.getKey();
            JsonNode value = MAP_MEMBERS.contains(key) ? camelCaseValues(property.getValue()) : camelCase(property.getValue());
            object.set(Character.toLowerCase(key.charAt(0)) + key.substring(1), value);
        }
        return object;
    }

    private static JsonNode camelCaseValues(JsonNode map) {
        ObjectNode object = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            object.set(entry.getKey(), camelCase(entry.getValue()));
        }
        return object;
    }

    /** shared/fixtures/mediaconvert beside the project, or beside one of its parent folders. */
    private static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("fixtures").resolve("mediaconvert");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("No shared/fixtures/mediaconvert beside " + Path.of("").toAbsolutePath()
                + " or its parents (expected ../shared/fixtures/mediaconvert)");
    }
}
