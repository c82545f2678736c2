package org.avengine.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place engine, delivery, watch-folder and webhook API errors become RFC 9457 problem details. Spring MVC's own
 * failures (unreadable body, wrong method, missing parameter) get the same shape through
 * {@link ResponseEntityExceptionHandler}; anything unexpected is a 500 that is logged.
 */
@RestControllerAdvice(basePackages = {"org.avengine.engine", "org.avengine.delivery", "org.avengine.watchfolder",
        "org.avengine.notify"})
class EngineProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(EngineProblems.class);

    @ExceptionHandler(EngineException.class)
    ResponseEntity<ProblemDetail> engine(EngineException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        var response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avengine\"");
        }
        return response.body(problem);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        log.error("Engine request failed", e);
        return ResponseEntity.internalServerError()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error: " + e.getMessage()));
    }
}
