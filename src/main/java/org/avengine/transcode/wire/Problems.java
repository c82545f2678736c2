package org.avengine.transcode.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/** The problems found while reading one document, kept in document order up to a limit. */
final class Problems {

    private static final int LIMIT = 100;
    private static final int SHOWN_CHARS = 60;

    private final List<String> found = new ArrayList<>();
    private int omitted;

    void add(String path, String problem) {
        if (found.size() < LIMIT) {
            found.add(FieldPath.display(path) + ": " + problem);
        } else {
            omitted++;
        }
    }

    void wrongType(String path, String expected, JsonNode actual) {
        add(path, "expected " + expected + ", got " + describe(actual));
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidFieldException(found, omitted);
        }
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "string \"" + shorten(node.stringValue()) + "\"";
            case NUMBER -> "number " + node.asString();
            case BOOLEAN -> "boolean " + node.asString();
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
    }
}
