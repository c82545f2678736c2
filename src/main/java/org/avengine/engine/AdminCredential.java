package org.avengine.engine;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The admin key and the hash of its secret: from configuration, or generated once and logged at start-up. */
@Component
class AdminCredential {

    private static final Logger log = LoggerFactory.getLogger(AdminCredential.class);

    private final String key;
    private final String secretHash;

    AdminCredential(AdminProperties properties) {
        if (properties.isConfigured()) {
            this.key = properties.key();
            this.secretHash = Secrets.hash(properties.secret());
        } else {
            String secret = Secrets.generate();
            this.key = "admin-" + UUID.randomUUID();
            this.secretHash = Secrets.hash(secret);
            log.warn("No avengine.admin.key/secret configured; generated admin credential for this run: {}:{}", key, secret);
        }
    }

    boolean matches(String candidateKey, String candidateSecret) {
        return key.equals(candidateKey) && Secrets.matches(candidateSecret, secretHash);
    }
}
