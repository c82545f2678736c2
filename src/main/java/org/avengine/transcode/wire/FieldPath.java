package org.avengine.transcode.wire;

/** Builds field paths in wire spelling: {@code settings.inputs[0].audioSelectors["Audio Selector 1"]}. */
final class FieldPath {

    private FieldPath() {
    }

    static String member(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static String key(String parent, String key) {
        return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static String display(String path) {
        return path.isEmpty() ? "(root)" : path;
    }
}
