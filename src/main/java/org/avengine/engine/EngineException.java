package org.avengine.engine;

import org.springframework.http.HttpStatus;

/** A failure of an engine or delivery request that has its own HTTP status; shown as a problem detail. */
public class EngineException extends RuntimeException {

    private final HttpStatus status;

    public EngineException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
