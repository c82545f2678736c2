package org.avengine.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The administrator's key and secret: from {@code avengine.admin.key}/{@code secret}, or generated
 * once and logged at start-up. The engine API takes the pair as HTTP Basic credentials; the transcode
 * API takes it as an AWS access key, which needs the secret itself to check a signature.
 */
@Component
public class AdminCredential {

    private static final Logger log = LoggerFactory.getLogger(AdminCredential.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String key;
    private final String secret;

    AdminCredential(AdminProperties properties) {
        if (properties.isConfigured()) {
            this.key = properties.key();
            this.secret = properties.secret();
        } else {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            this.key = "admin-" + UUID.randomUUID();
            this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            log.warn("No avengine.admin.key/secret configured; generated admin credential for this run: {}:{}", key, secret);
        }
    }

    /** Whether the pair is the administrator's, compared in constant time. */
    public boolean matches(String candidateKey, String candidateSecret) {
        return key.equals(candidateKey) && candidateSecret != null && sameDigest(candidateSecret, secret);
    }

    /** The administrator's secret when {@code accessKeyId} is the admin key, to check a request signed with it. */
    public Optional<String> secretOf(String accessKeyId) {
        return key.equals(accessKeyId) ? Optional.of(secret) : Optional.empty();
    }

    private static boolean sameDigest(String a, String b) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] left = sha.digest(a.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(left, sha.digest(b.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
