package org.avengine.transcode.wire;

import java.util.List;

/** A JSON document does not fit the MediaConvert model; each problem names the field's full path. */
public class InvalidFieldException extends RuntimeException {

    private final List<String> problems;

    public InvalidFieldException(List<String> problems) {
        this(problems, 0);
    }

    InvalidFieldException(List<String> problems, int omitted) {
        super(message(problems, omitted));
        this.problems = List.copyOf(problems);
    }

    /** The problems in document order, e.g. {@code settings.inputs[0].foo: unknown field}. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems, int omitted) {
        String listed = String.join("; ", problems);
        return omitted == 0 ? listed : listed + "; and " + omitted + " more";
    }
}
