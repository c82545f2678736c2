package org.avengine.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.avengine.transcode.IllegalJobTransitionException;
import org.avengine.transcode.JobNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The dashboard's errors: an error page for a browser's page request, RFC 9457 problem details for
 * the requests its scripts make (uploads, listings). A not-found is never a 500.
 */
@ControllerAdvice(basePackageClasses = UiErrors.class)
class UiErrors {

    private final UiModel layout;

    UiErrors(UiModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler({PageNotFoundException.class, JobNotFoundException.class})
    Object notFound(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage(), request, response);
    }

    @ExceptionHandler(AdminOnlyException.class)
    Object forbidden(AdminOnlyException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.FORBIDDEN, e.getMessage(), request, response);
    }

    @ExceptionHandler({IllegalJobTransitionException.class, UploadException.class})
    Object conflict(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = e instanceof UploadException u ? u.status() : HttpStatus.CONFLICT;
        return answer(status, e.getMessage(), request, response);
    }

    private Object answer(HttpStatus status, String message, HttpServletRequest request, HttpServletResponse response) {
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !"true".equals(request.getHeader("HX-Request"))) {
            response.setStatus(status.value());
            ModelAndView page = new ModelAndView("ui/error", layout.attributes(request));
            page.addObject("status", status.value());
            page.addObject("message", message);
            return page;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
