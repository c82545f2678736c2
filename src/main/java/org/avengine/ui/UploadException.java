package org.avengine.ui;

import org.springframework.http.HttpStatus;

/** An upload request that cannot be taken: its status says why (400 bad offset, 404 unknown, 409 offset mismatch, 413 too large, 503 too many). */
class UploadException extends RuntimeException {

    private final HttpStatus status;

    UploadException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
