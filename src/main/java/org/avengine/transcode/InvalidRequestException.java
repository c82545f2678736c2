package org.avengine.transcode;

import java.util.List;

/** A request the transcode API rejects before doing anything; each problem names the field it concerns. */
public class InvalidRequestException extends RuntimeException {

    private final List<String> problems;

    public InvalidRequestException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidRequestException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
