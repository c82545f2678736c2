package org.avengine.transcode.wire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import tools.jackson.databind.JsonNode;

/**
 * Reads one JSON document into SDK model objects, collecting every problem instead of stopping at
 * the first. Keys may be wire names or member names; nulls count as absent; members that travel in
 * the URI or headers rather than the body are not read.
 */
final class ModelReader {

    private final Shapes shapes;
    private final Problems problems;

    ModelReader(Shapes shapes, Problems problems) {
        this.shapes = shapes;
        this.problems = problems;
    }

    SdkPojo readObject(JsonNode node, Shape shape, String path) {
        if (node == null || !node.isObject()) {
            problems.wrongType(path, "an object", node);
            return null;
        }
        SdkPojo builder = shape.newBuilder();
        Map<String, String> spellings = new HashMap<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            readMember(builder, shape, property.getKey(), property.getValue(), spellings, path);
        }
        return Shape.build(builder);
    }

    private void readMember(SdkPojo builder, Shape shape, String key, JsonNode value,
            Map<String, String> spellings, String path) {
        Member member = shape.member(key);
        if (member == null) {
            problems.add(FieldPath.member(path, key), "unknown field");
            return;
        }
        String memberPath = FieldPath.member(path, member.wireName());
        String earlier = spellings.putIfAbsent(member.wireName(), key);
        if (earlier != null) {
            problems.add(memberPath, "given twice, as '" + earlier + "' and '" + key + "'");
            return;
        }
        if (member.inPayload() && !value.isNull()) {
            Object read = readValue(value, member.field(), member.enumValues(), memberPath);
            if (read != null) {
                member.field().set(builder, read);
            }
        }
    }

    private Object readValue(JsonNode node, SdkField<?> field, EnumValues enumValues, String path) {
        return switch (field.marshallingType().getKnownType()) {
            case SDK_POJO -> readObject(node, shapes.of(field), path);
            case LIST -> readList(node, field.getRequiredTrait(ListTrait.class).memberFieldInfo(), enumValues, path);
            case MAP -> readMap(node, field.getRequiredTrait(MapTrait.class).valueFieldInfo(), enumValues, path);
            case STRING -> readString(node, enumValues, path);
            case DOCUMENT -> Documents.fromJson(node);
            default -> Scalars.read(node, field.marshallingType().getKnownType(), path, problems);
        };
    }

    private List<Object> readList(JsonNode node, SdkField<?> items, EnumValues enumValues, String path) {
        if (!node.isArray()) {
            problems.wrongType(path, "a list", node);
            return null;
        }
        List<Object> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            Object read = item.isNull() ? null : readValue(item, items, enumValues, FieldPath.index(path, i));
            if (read != null) {
                list.add(read);
            }
        }
        return list;
    }

    private Map<String, Object> readMap(JsonNode node, SdkField<?> values, EnumValues enumValues, String path) {
        if (!node.isObject()) {
            problems.wrongType(path, "an object", node);
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            Object read = value.isNull() ? null
                    : readValue(value, values, enumValues, FieldPath.key(path, entry.getKey()));
            if (read != null) {
                map.put(entry.getKey(), read);
            }
        }
        return map;
    }

    private String readString(JsonNode node, EnumValues enumValues, String path) {
        if (!node.isString()) {
            problems.wrongType(path, "a string", node);
            return null;
        }
        String value = node.stringValue();
        if (enumValues != null && !enumValues.accepts(value)) {
            problems.add(path, enumValues.problem(value));
            return null;
        }
        return value;
    }
}
