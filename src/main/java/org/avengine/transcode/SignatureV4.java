package org.avengine.transcode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request signed with AWS Signature Version 4 in its {@code Authorization} header, as the AWS
 * SDKs and CLI sign MediaConvert requests: the canonical request (method, the path encoded once more
 * as for every service but S3, the sorted query, the signed headers, the SHA-256 of the body), the
 * string to sign over the credential scope, and the signing key derived from the secret of the
 * access key. The signature must be for the service {@code mediaconvert} (any region) and no more
 * than {@link #MAX_SKEW} away from the clock.
 */
final class SignatureV4 {

    static final Duration MAX_SKEW = Duration.ofMinutes(15);
    static final String SERVICE = "mediaconvert";

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What the check needs of a request: {@code rawPath} and {@code rawQuery} exactly as they arrived, undecoded. */
    interface Request {
        String method();

        String rawPath();

        String rawQuery();

        /** Every value of a header, by its name in any case; empty when absent. */
        List<String> header(String name);

        byte[] body();
    }

    /** A refusal, with the error type and message AWS gives for it. */
    static final class Refused extends RuntimeException {

        private final String type;

        Refused(String type, String message) {
            super(message);
            this.type = type;
        }

        String type() {
            return type;
        }
    }

    private SignatureV4() {
    }

    /**
     * The access key id of a correctly signed request.
     *
     * @param secrets the secret of an access key id, empty for an unknown one
     * @throws Refused when the request is unsigned, the key unknown, the signature wrong or out of date
     */
    static String verify(Request request, Function<String, Optional<String>> secrets, Instant now) {
        String authorization = first(request, "authorization");
        if (authorization == null) {
            throw new Refused("MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        Authorization auth = Authorization.parse(authorization);
        String amzDate = first(request, "x-amz-date");
        if (amzDate == null || !auth.signedHeaders().contains("x-amz-date") || !auth.signedHeaders().contains("host")) {
            throw incomplete("the X-Amz-Date and Host headers must be present and signed");
        }
        Instant signedAt;
        try {
            signedAt = Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            throw incomplete("X-Amz-Date must be yyyyMMdd'T'HHmmss'Z'");
        }
        if (!amzDate.startsWith(auth.date()) || !SERVICE.equals(auth.service())) {
            throw new Refused("InvalidSignatureException", "Credential should be scoped to a valid date and the service '"
                    + SERVICE + "': " + auth.scope());
        }
        if (first(request, "x-amz-security-token") != null) {
            throw new Refused("UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        String secret = secrets.apply(auth.accessKeyId()).orElseThrow(
                () -> new Refused("UnrecognizedClientException", "The security token included in the request is invalid."));
        if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
            throw new Refused("InvalidSignatureException", "Signature expired: " + amzDate + " is now earlier than "
                    + AMZ_DATE.format(now.minus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " - 15 min.)");
        }
        String payloadHash = hex(sha256(request.body()));
        String declared = first(request, "x-amz-content-sha256");
        if (declared != null && !declared.equalsIgnoreCase(payloadHash)) {
            throw new Refused("InvalidSignatureException", "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + auth.scope() + "\n"
                + hex(sha256(canonicalRequest(request, auth.signedHeaders(), payloadHash).getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), auth.date());
        key = hmac(key, auth.region());
        key = hmac(key, auth.service());
        key = hmac(key, "aws4_request");
        byte[] expected = HexFormat.of().formatHex(hmac(key, stringToSign)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, auth.signature().toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            throw new Refused("InvalidSignatureException", "The request signature we calculated does not match the signature"
                    + " you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation"
                    + " for details.");
        }
        return auth.accessKeyId();
    }

    static String canonicalRequest(Request request, List<String> signedHeaders, String payloadHash) {
        StringBuilder canonical = new StringBuilder()
                .append(request.method()).append('\n')
                .append(canonicalPath(request.rawPath())).append('\n')
                .append(canonicalQuery(request.rawQuery())).append('\n');
        for (String name : signedHeaders) {
            String value = request.header(name).stream()
                    .map(v -> v.trim().replaceAll(" +", " "))
                    .collect(Collectors.joining(","));
            canonical.append(name).append(':').append(value).append('\n');
        }
        return canonical.append('\n').append(String.join(";", signedHeaders)).append('\n').append(payloadHash).toString();
    }

    /** The path as it arrived, percent-encoded once more, as every service but S3 signs it. */
    static String canonicalPath(String rawPath) {
        return rawPath == null || rawPath.isEmpty() ? "/" : encode(rawPath, true);
    }

    /** Parameters decoded, encoded again strictly, sorted by name and then value. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> parameters = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.add(new String[] {encode(decode(name), false), encode(decode(value), false)});
        }
        parameters.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        return parameters.stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
    }

    private static String encode(String text, boolean keepSlash) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/')) {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    private static String decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text, i + 1)) {
                out.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                i += 2;
            } else {
                int codePoint = text.codePointAt(i);
                out.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String text, int at) {
        return HexFormat.isHexDigit(text.charAt(at)) && HexFormat.isHexDigit(text.charAt(at + 1));
    }

    private static String first(Request request, String name) {
        List<String> values = request.header(name);
        return values.isEmpty() ? null : values.get(0);
    }

    private static Refused incomplete(String why) {
        return new Refused("IncompleteSignatureException", "The request signature is incomplete: " + why);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The parts of {@code AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…}. */
    private record Authorization(String accessKeyId, String date, String region, String service, List<String> signedHeaders,
                                 String signature) {

        static Authorization parse(String header) {
            if (!header.startsWith(ALGORITHM + " ")) {
                throw incomplete("only " + ALGORITHM + " is supported");
            }
            String credential = null;
            String signedHeaders = null;
            String signature = null;
            for (String part : header.substring(ALGORITHM.length()).split(",")) {
                String item = part.trim();
                if (item.startsWith("Credential=")) {
                    credential = item.substring("Credential=".length());
                } else if (item.startsWith("SignedHeaders=")) {
                    signedHeaders = item.substring("SignedHeaders=".length());
                } else if (item.startsWith("Signature=")) {
                    signature = item.substring("Signature=".length());
                }
            }
            if (credential == null || signedHeaders == null || signature == null) {
                throw incomplete("Authorization needs Credential, SignedHeaders and Signature");
            }
            String[] scope = credential.split("/");
            if (scope.length != 5 || !"aws4_request".equals(scope[4]) || scope[0].isEmpty()) {
                throw incomplete("Credential must be key/date/region/service/aws4_request");
            }
            List<String> headers = Arrays.stream(signedHeaders.split(";")).map(String::toLowerCase).toList();
            return new Authorization(scope[0], scope[1], scope[2], scope[3], headers, signature);
        }

        String scope() {
            return date + "/" + region + "/" + service + "/aws4_request";
        }
    }
}
