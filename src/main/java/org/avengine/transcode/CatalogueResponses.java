package org.avengine.transcode;

import java.util.List;

import org.avengine.transcode.wire.SdkJson;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.core.SdkPojo;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Response bodies of the preset, job template and queue operations: one wrapped object, or a page. */
@Component
class CatalogueResponses {

    private final SdkJson sdkJson;
    private final JsonMapper json;

    CatalogueResponses(SdkJson sdkJson, JsonMapper json) {
        this.sdkJson = sdkJson;
        this.json = json;
    }

    ObjectNode one(String member, SdkPojo value) {
        ObjectNode result = json.createObjectNode();
        result.set(member, sdkJson.write(value));
        return result;
    }

    ObjectNode page(String member, List<? extends SdkPojo> items, String nextToken) {
        ObjectNode result = json.createObjectNode();
        var array = result.putArray(member);
        items.forEach(item -> array.add(sdkJson.write(item)));
        if (nextToken != null) {
            result.put("nextToken", nextToken);
        }
        return result;
    }

    ObjectNode empty() {
        return json.createObjectNode();
    }

    <T extends SdkPojo> T read(String body, Class<T> modelClass) {
        return sdkJson.read(WireBodies.parse(json, body), modelClass, "");
    }
}
