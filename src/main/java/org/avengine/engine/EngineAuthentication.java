package org.avengine.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.avengine.system.AdminCredential;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * HTTP Basic for the engine API, as DLCS does it: {@code key:secret} of a customer's key or of the
 * admin credential. A customer's key may only reach paths of its own customer; paths without a
 * customer ({@code /customers} itself) are for the administrator. Failures reach
 * {@link EngineProblems} as a 401 problem.
 */
@Component
class EngineAuthentication implements HandlerInterceptor {

    private final AdminCredential admin;
    private final ApiKeys keys;

    EngineAuthentication(AdminCredential admin, ApiKeys keys) {
        this.admin = admin;
        this.keys = keys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = authenticate(request.getHeader(HttpHeaders.AUTHORIZATION));
        Integer customer = pathCustomer(request);
        if (customer == null ? !caller.isAdmin() : !caller.mayActFor(customer)) {
            throw new NotAuthenticatedException("This key may not act for " + (customer == null ? "all customers" : "customer " + customer));
        }
        request.setAttribute(Caller.ATTRIBUTE, caller);
        return true;
    }

    /** The caller whose HTTP Basic credentials {@code header} carries; a 401 problem when there are none or they are wrong. */
    Caller authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new NotAuthenticatedException("Send HTTP Basic credentials: an API key and its secret");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new NotAuthenticatedException("The Basic credentials are not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new NotAuthenticatedException("The Basic credentials must be key:secret");
        }
        return check(decoded.substring(0, colon), decoded.substring(colon + 1))
                .orElseThrow(() -> new NotAuthenticatedException("Unknown key or wrong secret"));
    }

    /** The caller a key and secret identify: the administrator or a customer; empty when neither. */
    Optional<Caller> check(String key, String secret) {
        if (admin.matches(key, secret)) {
            return Optional.of(Caller.ADMIN);
        }
        return keys.customerOf(key, secret).map(Caller::new);
    }

    private static Integer pathCustomer(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String customer = variables == null ? null : variables.get("customer");
        if (customer == null) {
            return null;
        }
        try {
            return Integer.valueOf(customer);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No customer " + customer);
        }
    }
}
