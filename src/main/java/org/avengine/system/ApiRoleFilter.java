package org.avengine.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a node without the {@code api} role, every path but the actuator's (health, metrics) answers
 * 404 with a problem detail that says why, so a worker-only node serves no API at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRoleFilter extends OncePerRequestFilter {

    private final NodeIdentity node;

    ApiRoleFilter(NodeIdentity node) {
        this.node = node;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return node.isApi() || path.equals("/actuator") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"about:blank","title":"Not Found","status":404,\
                "detail":"This node has the role worker only; it serves no API but /actuator (health, metrics)"}""");
    }
}
