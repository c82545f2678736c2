package org.avengine.transcode.wire;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes SDK model objects as MediaConvert's wire JSON: wire names, body members only, unset members
 * (including lists and maps the SDK only auto-constructed) left out.
 */
final class ModelWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Shapes shapes;

    ModelWriter(Shapes shapes) {
        this.shapes = shapes;
    }

    ObjectNode writeObject(SdkPojo pojo) {
        ObjectNode object = NODES.objectNode();
        for (Member member : shapes.of(pojo.getClass()).members()) {
            JsonNode value = member.inPayload() ? writeValue(member.valueOf(pojo), member.field()) : null;
            if (value != null) {
                object.set(member.wireName(), value);
            }
        }
        return object;
    }

    private JsonNode writeValue(Object value, SdkField<?> field) {
        if (value == null || value instanceof SdkAutoConstructList<?> || value instanceof SdkAutoConstructMap<?, ?>) {
            return null;
        }
        return switch (field.marshallingType().getKnownType()) {
            case SDK_POJO -> writeObject((SdkPojo) value);
            case LIST -> writeList((List<?>) value, field.getRequiredTrait(ListTrait.class).memberFieldInfo());
            case MAP -> writeMap((Map<?, ?>) value, field.getRequiredTrait(MapTrait.class).valueFieldInfo());
            case DOCUMENT -> Documents.toJson((Document) value);
            default -> Scalars.write(value, field.marshallingType().getKnownType());
        };
    }

    private ArrayNode writeList(List<?> list, SdkField<?> items) {
        ArrayNode array = NODES.arrayNode(list.size());
        list.forEach(item -> array.add(orNull(writeValue(item, items))));
        return array;
    }

    private ObjectNode writeMap(Map<?, ?> map, SdkField<?> values) {
        ObjectNode object = NODES.objectNode();
        map.forEach((key, value) -> object.set(String.valueOf(key), orNull(writeValue(value, values))));
        return object;
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NODES.nullNode() : node;
    }
}
