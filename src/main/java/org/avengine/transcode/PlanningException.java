package org.avengine.transcode;

/** The settings cannot be applied to this input (e.g. audio asked for where the input has none). */
class PlanningException extends RuntimeException {

    PlanningException(String message) {
        super(message);
    }
}
