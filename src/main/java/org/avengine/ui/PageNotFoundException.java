package org.avengine.ui;

/** What a dashboard route names does not exist, or the viewer may not see it (which looks the same). */
class PageNotFoundException extends RuntimeException {

    PageNotFoundException(String message) {
        super(message);
    }
}
