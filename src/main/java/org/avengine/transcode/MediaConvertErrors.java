package org.avengine.transcode;

import org.avengine.transcode.wire.InvalidFieldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Errors of the transcode API in MediaConvert's shape: {@code {"message": ...}} with the exception
 * name in {@code x-amzn-ErrorType}, which is what the AWS SDKs and CLI read to raise
 * {@code BadRequestException}, {@code NotFoundException} or {@code ConflictException}.
 */
@RestControllerAdvice(basePackageClasses = MediaConvertErrors.class)
class MediaConvertErrors {

    private static final Logger log = LoggerFactory.getLogger(MediaConvertErrors.class);

    private final JsonMapper json;

    MediaConvertErrors(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler({InvalidRequestException.class, InvalidFieldException.class})
    ResponseEntity<ObjectNode> badRequest(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, "BadRequestException", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ObjectNode> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "BadRequestException", e.getName() + ": '" + e.getValue() + "' is not valid");
    }

    @ExceptionHandler({JobNotFoundException.class, ResourceNotFoundException.class})
    ResponseEntity<ObjectNode> notFound(RuntimeException e) {
        return error(HttpStatus.NOT_FOUND, "NotFoundException", e.getMessage());
    }

    @ExceptionHandler({IllegalJobTransitionException.class, ResourceConflictException.class})
    ResponseEntity<ObjectNode> conflict(RuntimeException e) {
        return error(HttpStatus.CONFLICT, "ConflictException", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ObjectNode> internal(Exception e) {
        log.error("Transcode API request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "InternalServerErrorException", "Internal error: " + e.getMessage());
    }

    private ResponseEntity<ObjectNode> error(HttpStatus status, String type, String message) {
        ObjectNode body = json.createObjectNode();
        body.put("message", message);
        return ResponseEntity.status(status).header("x-amzn-ErrorType", type).body(body);
    }
}
