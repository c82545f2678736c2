package org.avengine.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads http(s) inputs: a connect timeout, a read timeout (for the response headers and then
 * for every read of the body), a size limit, connections only to addresses {@link AddressRules}
 * allow (checked on the resolved address the connection uses), and redirects followed here, one by
 * one, each checked by the same rules.
 */
final class HttpDownloader {

    private static final Logger log = LoggerFactory.getLogger(HttpDownloader.class);
    private static final int MAX_REDIRECTS = 5;

    private final CloseableHttpClient client;
    private final Locations locations;
    private final StorageProperties.Inputs inputs;

    HttpDownloader(Locations locations, StorageProperties.Inputs inputs) {
        this.locations = locations;
        this.inputs = inputs;
        Timeout read = Timeout.of(inputs.readTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedDnsResolver(locations.addressRules()))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(inputs.connectTimeout())).setSocketTimeout(read).build())
                        .setMaxConnTotal(64).setMaxConnPerRoute(8).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableContentCompression().build();
    }

    /**
     * Downloads {@code location} into {@code target}, following up to five allowed redirects;
     * {@code headers} go with every request to the location's own scheme, host and port.
     */
    void download(HttpLocation location, Path target, Map<String, String> headers) {
        URI uri = location.uri();
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            URI next = fetch(uri, target, sameOrigin(location.uri(), uri) ? headers : Map.of());
            if (next == null) {
                log.info("Downloaded {} to {}", shown(uri), target);
                return;
            }
            uri = next;
        }
        throw new StorageException("Cannot download " + shown(location.uri()) + ": more than " + MAX_REDIRECTS
                + " redirects", false);
    }

    /** One request: the file is written and null returned, or the allowed redirect target returned. */
    private URI fetch(URI uri, Path target, Map<String, String> headers) {
        HttpGet get = new HttpGet(uri);
        headers.forEach(get::setHeader);
        try {
            return client.execute(get, response -> {
                int status = response.getCode();
                if (status / 100 == 3) {
                    return redirectTarget(uri, response);
                }
                checkStatus(uri, status);
                write(uri, response.getEntity(), target);
                return null;
            });
        } catch (SocketTimeoutException e) {
            throw new StorageException("Cannot download " + shown(uri) + ": no data for " + inputs.readTimeout(), true, e);
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CheckedDnsResolver.AddressRefusedException refused) {
                    throw refused.refusal();
                }
            }
            throw new StorageException("Cannot download " + shown(uri) + ": " + e, true, e);
        }
    }

    private void write(URI uri, HttpEntity entity, Path target) throws IOException {
        long max = inputs.maxDownloadSize().toBytes();
        if (entity.getContentLength() > max) {
            throw tooLarge(uri, "declares " + entity.getContentLength() + " bytes", max);
        }
        try (InputStream in = entity.getContent(); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > max) {
                    throw tooLarge(uri, "sent more than " + max + " bytes", max);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static StorageException tooLarge(URI uri, String what, long max) {
        return new StorageException("Refused " + shown(uri) + ": it " + what + ", over the limit of " + max
                + " bytes (avengine.storage.inputs.max-download-size)", false);
    }

    private static boolean sameOrigin(URI first, URI now) {
        return first.getScheme().equalsIgnoreCase(now.getScheme()) && first.getHost().equalsIgnoreCase(now.getHost())
                && first.getPort() == now.getPort();
    }

    private URI redirectTarget(URI from, ClassicHttpResponse response) {
        var header = response.getFirstHeader("Location");
        if (header == null) {
            throw new StorageException("Cannot download " + shown(from) + ": HTTP " + response.getCode()
                    + " without a Location header", false);
        }
        URI to = from.resolve(header.getValue());
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
}
