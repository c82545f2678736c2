package org.avengine.engine;

import org.springframework.http.HttpStatus;

/** The request clashes with what exists (a customer or space name taken). */
class ConflictException extends EngineException {

    ConflictException(String message) {
        super(HttpStatus.CONFLICT, message);
    }
}
