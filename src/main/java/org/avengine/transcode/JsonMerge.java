package org.avengine.transcode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Layers one wire JSON object over another as MediaConvert layers a job over its template and an
 * output over its preset: objects merge member by member, arrays element by element (the n-th audio
 * description over the n-th), and any other value given on top replaces the one below.
 */
final class JsonMerge {

    private JsonMerge() {
    }

    /** A new object: {@code below} with {@code above} laid over it; neither argument changes. */
    static ObjectNode over(ObjectNode below, ObjectNode above) {
        ObjectNode result = below.deepCopy();
        above.properties().forEach(entry -> result.set(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue())));
        return result;
    }

    private static JsonNode merge(JsonNode below, JsonNode above) {
        if (below instanceof ObjectNode base && above instanceof ObjectNode top) {
            return over(base, top);
        }
        if (below instanceof ArrayNode base && above instanceof ArrayNode top) {
            ArrayNode result = top.deepCopy();
            for (int i = 0; i < top.size() && i < base.size(); i++) {
                result.set(i, merge(base.get(i), top.get(i)));
            }
            return result;
        }
        return above.deepCopy();
    }
}
