package org.avengine.transcode;

import org.avengine.transcode.wire.SdkJson;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.core.SdkPojo;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** SDK model objects as the wire JSON text avengine stores them in, and back. */
@Component
class WireText {

    private final SdkJson sdkJson;
    private final JsonMapper json;

    WireText(SdkJson sdkJson, JsonMapper json) {
        this.sdkJson = sdkJson;
        this.json = json;
    }

    String text(SdkPojo pojo) {
        return json.writeValueAsString(sdkJson.write(pojo));
    }

    <T extends SdkPojo> T read(String text, Class<T> modelClass) {
        return sdkJson.read(json.readTree(text), modelClass, "");
    }

    ObjectNode tree(SdkPojo pojo) {
        return sdkJson.write(pojo);
    }

    <T extends SdkPojo> T read(ObjectNode tree, Class<T> modelClass, String path) {
        return sdkJson.read(tree, modelClass, path);
    }
}
