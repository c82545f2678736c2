package org.avengine;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Plain HTTP requests to the transcode API signed with AWS Signature Version 4 by the AWS SDK's own
 * signer, with the tests' access key ({@code src/test/resources/application.properties}) unless told
 * otherwise.
 */
public final class SignedRequests {

    public static final String ACCESS_KEY = "avengine";
    public static final String SECRET = "avengine";

    /** Headers java.net.http sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private SignedRequests() {
    }

    public static HttpRequest.Builder get(URI uri) {
        return request("GET", uri, null, ACCESS_KEY, SECRET, Instant.now());
    }

    public static HttpRequest.Builder post(URI uri, String json) {
        return request("POST", uri, json, ACCESS_KEY, SECRET, Instant.now());
    }

    /** A request signed by {@code accessKey} with {@code secret} as of {@code signedAt}; a JSON body when {@code json} is not null. */
    public static HttpRequest.Builder request(String method, URI uri, String json, String accessKey, String secret, Instant signedAt) {
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        if (json != null) {
            unsigned.putHeader("Content-Type", "application/json");
        }
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKey, secret))
                .request(unsigned.build())
                .payload(json == null ? null : ContentStreamProvider.fromUtf8String(json))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "mediaconvert")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
            if (!RESTRICTED.contains(header.getKey().toLowerCase())) {
                header.getValue().forEach(value -> builder.header(header.getKey(), value));
            }
        }
        return builder;
    }
}
