package org.avengine.engine;

import org.springframework.http.HttpStatus;

/** The request carries no credential the engine accepts, or one that may not act on the customer it names. */
class NotAuthenticatedException extends EngineException {

    NotAuthenticatedException(String message) {
        super(HttpStatus.UNAUTHORIZED, message);
    }
}
