package org.avengine.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code avengine.http.max-body-size} with 413, by their declared
 * length before reading, or by what arrives for bodies sent without one (at most the limit is held).
 * The transcode API answers in MediaConvert's error shape, every other API as RFC 9457 problem details.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(HttpProperties.class)
class RequestBodyLimit extends OncePerRequestFilter {

    private final long max;

    RequestBodyLimit(HttpProperties properties) {
        this.max = properties.maxBodySize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > max) {
            refuse(request, response);
            return;
        }
        if (request.getContentLengthLong() >= 0 || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) max + 1);
        if (body.length > max) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = "The request body is larger than " + max + " bytes (avengine.http.max-body-size)";
        response.setStatus(413);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String text = detail.replace("\"", "'");
        if (request.getRequestURI().startsWith("/2017-08-29/")) {
            response.setHeader("x-amzn-ErrorType", "BadRequestException");
            response.setContentType("application/json");
            response.getWriter().write("{\"message\":\"" + text + "\"}");
        } else {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"" + text + "\"}");
        }
    }
}
