package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** {@link SignatureV4} accepts what the AWS SDK's own signer signs and nothing that differs from it. */
class SignatureV4Test {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final Map<String, String> KEYS = Map.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    @Test
    void acceptsTheSdkSignatureOfAGet() {
        assertThat(verify(sign("GET", "/2017-08-29/jobs", "status=COMPLETE&maxResults=20", null, "eu-west-1"), NOW))
                .isEqualTo("AKIDEXAMPLE");
    }

    @Test
    void acceptsPathsAndQueriesThatNeedEncoding() {
        String path = "/2017-08-29/jobTemplates/" + encode("web ladder (ü) #1");
        assertThat(verify(sign("GET", path, "nextToken=" + encode("a+b/c=") + "&category=" + encode("ä b"), null, "us-east-1"), NOW))
                .isEqualTo("AKIDEXAMPLE");
    }

    @Test
    void acceptsAPostWithItsBody() {
        assertThat(verify(sign("POST", "/2017-08-29/jobs", null, "{\"settings\":{}}", "us-east-1"), NOW)).isEqualTo("AKIDEXAMPLE");
    }

    @Test
    void refusesAnotherBody() {
        Signed signed = sign("POST", "/2017-08-29/jobs", null, "{\"settings\":{}}", "us-east-1");
        Signed tampered = new Signed(signed.method, signed.path, signed.query, signed.headers, "{\"settings\":{\"x\":1}}");
        assertRefused(tampered, NOW, "InvalidSignatureException");
    }

    @Test
    void refusesAnotherPathOrQuery() {
        Signed signed = sign("GET", "/2017-08-29/jobs/1", "maxResults=1", null, "us-east-1");
        assertRefused(new Signed(signed.method, "/2017-08-29/jobs/2", signed.query, signed.headers, null), NOW, "InvalidSignatureException");
        assertRefused(new Signed(signed.method, signed.path, "maxResults=2", signed.headers, null), NOW, "InvalidSignatureException");
    }

    @Test
    void refusesAnUnknownKeyAWrongSecretAndNoSignature() {
        Signed signed = sign("GET", "/2017-08-29/jobs", null, null, "us-east-1");
        assertThatThrownBy(() -> SignatureV4.verify(signed, id -> Optional.empty(), NOW))
                .isInstanceOfSatisfying(SignatureV4.Refused.class, e -> assertThat(e.type()).isEqualTo("UnrecognizedClientException"));
        assertThatThrownBy(() -> SignatureV4.verify(signed, id -> Optional.of("another secret"), NOW))
                .isInstanceOfSatisfying(SignatureV4.Refused.class, e -> assertThat(e.type()).isEqualTo("InvalidSignatureException"));
        Map<String, List<String>> unsigned = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        unsigned.put("host", List.of("127.0.0.1:8080"));
        assertRefused(new Signed("GET", "/2017-08-29/jobs", null, unsigned, null), NOW, "MissingAuthenticationTokenException");
    }

    @Test
    void refusesASignatureMoreThanFifteenMinutesOffTheClock() {
        Signed signed = sign("GET", "/2017-08-29/jobs", null, null, "us-east-1");
        assertThat(verify(signed, NOW.plus(Duration.ofMinutes(14)))).isEqualTo("AKIDEXAMPLE");
        assertThatThrownBy(() -> verify(signed, NOW.plus(Duration.ofMinutes(16))))
                .isInstanceOfSatisfying(SignatureV4.Refused.class, e -> assertThat(e.getMessage()).startsWith("Signature expired"));
        assertRefused(signed, NOW.minus(Duration.ofMinutes(16)), "InvalidSignatureException");
    }

    @Test
    void refusesASignatureForAnotherService() {
        Signed signed = sign("GET", "/2017-08-29/jobs", null, null, "us-east-1", "s3");
        assertRefused(signed, NOW, "InvalidSignatureException");
    }

    private static void assertRefused(Signed request, Instant now, String type) {
        assertThatThrownBy(() -> verify(request, now))
                .isInstanceOfSatisfying(SignatureV4.Refused.class, e -> assertThat(e.type()).isEqualTo(type));
    }

    private static String verify(Signed request, Instant now) {
        return SignatureV4.verify(request, id -> Optional.ofNullable(KEYS.get(id)), now);
    }

    private static Signed sign(String method, String path, String query, String body, String region) {
        return sign(method, path, query, body, region, "mediaconvert");
    }

    private static Signed sign(String method, String path, String query, String body, String region, String service) {
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method))
                .uri(URI.create("http://127.0.0.1:8080" + path + (query == null ? "" : "?" + query)));
        if (body != null) {
            unsigned.putHeader("Content-Type", "application/json");
        }
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create("AKIDEXAMPLE", KEYS.get("AKIDEXAMPLE")))
                .request(unsigned.build())
                .payload(body == null ? null : ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW, ZoneOffset.UTC))).request();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(signed.headers());
        headers.put("Host", List.of("127.0.0.1:8080"));
        // the request as a server sees it: the path and query as they went over the wire
        String wirePath = signed.encodedPath();
        String wireQuery = signed.encodedQueryParameters().orElse(null);
        return new Signed(method, wirePath, wireQuery, headers, body);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record Signed(String method, String path, String query, Map<String, List<String>> headers, String text)
            implements SignatureV4.Request {

        @Override
        public String rawPath() {
            return path;
        }

        @Override
        public String rawQuery() {
            return query;
        }

        @Override
        public List<String> header(String name) {
            return headers.getOrDefault(name, List.of());
        }

        @Override
        public byte[] body() {
            return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
