package org.avengine.transcode;

/**
 * A file group's {@code destination} split as MediaConvert names outputs: everything up to the last
 * {@code /} is the folder, the rest the base name; a destination ending in {@code /} takes the
 * input file's name without its extension. Output files are {@code <base><nameModifier>.<extension>}.
 */
record Destination(String prefix, String base) {

    static Destination of(String destination, String inputName) {
        int slash = destination.lastIndexOf('/');
        String prefix = destination.substring(0, slash + 1);
        String base = destination.substring(slash + 1);
        if (base.isEmpty()) {
            int dot = inputName.lastIndexOf('.');
            base = dot > 0 ? inputName.substring(0, dot) : inputName;
        }
        return new Destination(prefix, base);
    }
}
