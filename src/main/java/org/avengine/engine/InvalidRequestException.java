package org.avengine.engine;

import org.springframework.http.HttpStatus;

/** A request the engine refuses, with a message naming the field and the problem. */
public class InvalidRequestException extends EngineException {

    public InvalidRequestException(String message) {
        super(HttpStatus.BAD_REQUEST, message);
    }
}
