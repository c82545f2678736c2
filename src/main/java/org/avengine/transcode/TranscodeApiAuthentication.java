package org.avengine.transcode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.avengine.system.AdminCredential;
import org.avengine.system.BufferedBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Lets through only transcode API requests signed with AWS Signature Version 4 by a known access
 * key: the admin credential or one of {@code avengine.transcode.access-keys}. Refusals are 403s in
 * the shape AWS gives them ({@code x-amzn-ErrorType} with {@code UnrecognizedClientException},
 * {@code InvalidSignatureException}, …), which the AWS SDKs and CLI raise as such. With
 * {@code avengine.transcode.authentication=none} nothing is checked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TranscodeApiAuthentication extends OncePerRequestFilter {

    static final String PREFIX = "/2017-08-29/";

    private static final Logger log = LoggerFactory.getLogger(TranscodeApiAuthentication.class);

    private final boolean enabled;
    private final AdminCredential admin;
    private final Map<String, String> keys;
    private final JsonMapper json;
    private final Clock clock;

    TranscodeApiAuthentication(ApiAuthenticationProperties properties, AdminCredential admin, JsonMapper json) {
        this.enabled = properties.authentication() != ApiAuthenticationProperties.Mode.NONE;
        this.admin = admin;
        this.keys = accessKeys(properties.accessKeys(), admin);
        this.json = json;
        this.clock = Clock.systemUTC();
        if (!enabled) {
            log.warn("avengine.transcode.authentication=none: the transcode API accepts unsigned requests;"
                    + " keep this node on a trusted network");
        }
    }

    private static Map<String, String> accessKeys(List<ApiAuthenticationProperties.AccessKey> configured, AdminCredential admin) {
        Map<String, String> keys = new HashMap<>();
        for (int i = 0; i < configured.size(); i++) {
            ApiAuthenticationProperties.AccessKey key = configured.get(i);
            String entry = "avengine.transcode.access-keys[" + i + "]";
            if (key.id() == null || key.id().isBlank() || key.secret() == null || key.secret().isBlank()) {
                throw new IllegalStateException(entry + " needs both an id and a secret");
            }
            if (keys.put(key.id(), key.secret()) != null || admin.secretOf(key.id()).isPresent()) {
                throw new IllegalStateException(entry + ".id '" + key.id() + "' is given more than once"
                        + " (or is the admin key)");
            }
        }
        return Map.copyOf(keys);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled || !request.getRequestURI().startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes();
        try {
            SignatureV4.verify(new ServletRequest(request, body), this::secretOf, clock.instant());
        } catch (SignatureV4.Refused refused) {
            log.debug("Transcode API request {} {} refused: {}", request.getMethod(), request.getRequestURI(), refused.type());
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setHeader("x-amzn-ErrorType", refused.type());
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(json.writeValueAsString(Map.of("message", refused.getMessage())));
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private Optional<String> secretOf(String accessKeyId) {
        return admin.secretOf(accessKeyId).or(() -> Optional.ofNullable(keys.get(accessKeyId)));
    }

    private record ServletRequest(HttpServletRequest request, byte[] body) implements SignatureV4.Request {

        @Override
        public String method() {
            return request.getMethod();
        }

        @Override
        public String rawPath() {
            return request.getRequestURI();
        }

        @Override
        public String rawQuery() {
            return request.getQueryString();
        }

        @Override
        public List<String> header(String name) {
            return Collections.list(request.getHeaders(name));
        }
    }
}
