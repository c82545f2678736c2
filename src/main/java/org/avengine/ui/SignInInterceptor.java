package org.avengine.ui;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every dashboard route but the sign-in page needs a signed-in {@link Viewer}: pages send the
 * browser to sign in, other requests get a 401. Requests that change something must carry the
 * session's token, in the {@code X-CSRF-Token} header or the {@code _csrf} form field.
 */
class SignInInterceptor implements HandlerInterceptor {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        HttpSession session = request.getSession(false);
        Viewer viewer = session == null ? null : (Viewer) session.getAttribute(Viewer.SESSION_KEY);
        if (viewer == null) {
            if ("GET".equals(request.getMethod()) && !"true".equals(request.getHeader("HX-Request"))) {
                String next = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect("/ui/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            } else {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Sign in first");
            }
            return false;
        }
        if (!SAFE.contains(request.getMethod()) && !viewer.csrfToken().equals(token(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "The request did not carry this session's token; reload the page");
            return false;
        }
        return true;
    }

    private static String token(HttpServletRequest request) {
        String header = request.getHeader(Viewer.CSRF_HEADER);
        return header != null ? header : request.getParameter(Viewer.CSRF_FIELD);
    }
}
