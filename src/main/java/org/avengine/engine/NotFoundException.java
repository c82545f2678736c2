package org.avengine.engine;

import org.springframework.http.HttpStatus;

/** The customer, space, key, asset or policy a request names does not exist (or is not the caller's). */
public class NotFoundException extends EngineException {

    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, message);
    }
}
