package org.avengine.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for the dashboard: keeps the session cookie and the page's CSRF token. */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([0-9a-f]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;

    Browser(int port) {
        this.port = port;
    }

    HttpResponse<String> signIn(String key, String secret) {
        HttpResponse<String> response = post("/ui/login", Map.of("key", key, "secret", secret));
        if (response.statusCode() == 302) {
            csrf(get("/ui/jobs").body());
        }
        return response;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    HttpResponse<String> get(String path, String range) {
        return send(HttpRequest.newBuilder(uri(path)).header("Range", range).GET());
    }

    /** A request of htmx from the page: the fragment it swaps in, not a whole page. */
    HttpResponse<String> htmx(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").header("HX-Request", "true").GET());
    }

    /** A request of the page's script ({@code ui.js}): JSON back, the session's token in {@code X-CSRF-Token}. */
    HttpResponse<String> script(String method, String path, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").header("X-CSRF-Token", csrf)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The session's token, as the page carries it, for forms that need it. */
    String csrf() {
        return csrf;
    }

    private void csrf(String page) {
        Matcher m = CSRF.matcher(page);
        csrf = m.find() ? m.group(1) : null;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
