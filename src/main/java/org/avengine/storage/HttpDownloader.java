package org.avengine.storage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads http(s) inputs with {@link HttpClient}: a connect timeout, a read timeout (for the
 * response headers and then between chunks of the body), a size limit, and redirects followed only
 * to locations the same rules allow.
 */
final class HttpDownloader {

    private static final Logger log = LoggerFactory.getLogger(HttpDownloader.class);
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Locations locations;
    private final StorageProperties.Inputs inputs;

    HttpDownloader(Locations locations, StorageProperties.Inputs inputs) {
        this.locations = locations;
        this.inputs = inputs;
        this.client = HttpClient.newBuilder().connectTimeout(inputs.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Downloads {@code location} into {@code target}, following up to five allowed redirects;
     * {@code headers} go with every request to the location's own scheme, host and port.
     */
    void download(HttpLocation location, Path target, Map<String, String> headers) {
        URI uri = location.uri();
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            HttpResponse<Path> response = send(uri, target, sameOrigin(location.uri(), uri) ? headers : Map.of());
            int status = response.statusCode();
            if (status / 100 != 3) {
                checkStatus(uri, status);
                log.info("Downloaded {} to {}", shown(uri), target);
                return;
            }
            uri = redirectTarget(uri, response);
        }
        throw new StorageException("Cannot download " + shown(location.uri()) + ": more than " + MAX_REDIRECTS
                + " redirects", false);
    }

    private static boolean sameOrigin(URI first, URI now) {
        return first.getScheme().equalsIgnoreCase(now.getScheme()) && first.getHost().equalsIgnoreCase(now.getHost())
                && first.getPort() == now.getPort();
    }

    private HttpResponse<Path> send(URI uri, Path target, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(inputs.readTimeout()).GET();
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        AtomicReference<DownloadSubscriber> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<Path>> response = client.sendAsync(request, info -> {
            if (info.statusCode() != 200) {
                return HttpResponse.BodySubscribers.replacing(null);
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            body.set(new DownloadSubscriber(target, inputs.maxDownloadSize().toBytes(), declared, shown(uri)));
            return body.get();
        });
        return await(uri, response, body);
    }

    /** Waits for the response, aborting the body when no bytes arrived for the read timeout. */
    private HttpResponse<Path> await(URI uri, CompletableFuture<HttpResponse<Path>> response,
            AtomicReference<DownloadSubscriber> body) {
        Duration readTimeout = inputs.readTimeout();
        try {
            while (true) {
                try {
                    return response.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    DownloadSubscriber subscriber = body.get();
                    if (subscriber != null && subscriber.idleFor().compareTo(readTimeout) >= 0) {
                        subscriber.abort(new HttpTimeoutException("no data for " + readTimeout));
                    }
                }
            }
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while downloading " + shown(uri), true, e);
        }
    }

    private URI redirectTarget(URI from, HttpResponse<Path> response) {
        String header = response.headers().firstValue("Location").orElseThrow(() -> new StorageException(
                "Cannot download " + shown(from) + ": HTTP " + response.statusCode() + " without a Location header", false));
        URI to = from.resolve(header);
        try {
            return locations.allowedHttp(to).uri();
        } catch (LocationNotAllowedException e) {
            throw new LocationNotAllowedException("Refused the redirect from " + shown(from) + ". " + e.getMessage());
        }
    }

    /** The URL without user info or query, which may hold credentials (pre-signed URLs), for logs and messages. */
    static String shown(URI uri) {
        String query = uri.getRawQuery() != null ? "?..." : "";
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
                + (uri.getRawPath() != null ? uri.getRawPath() : "") + query;
    }

    private static void checkStatus(URI uri, int status) {
        if (status == 200) {
            return;
        }
        if (status == 404 || status == 410) {
            throw new ObjectNotFoundException(shown(uri) + " (HTTP " + status + ")");
        }
        boolean retryable = status >= 500 || status == 408 || status == 429;
        throw new StorageException("Cannot download " + shown(uri) + ": HTTP " + status, retryable);
    }

    private static StorageException failure(URI uri, Throwable cause) {
        if (cause instanceof StorageException storage) {
            return storage;
        }
        boolean network = cause instanceof IOException;
        return new StorageException("Cannot download " + shown(uri) + ": " + cause, network, cause);
    }
}
