package org.avengine.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator credential: HTTP Basic on the engine API like a customer's key, and an access key
 * of the transcode API.
 *
 * @param key the admin key; when it or the secret is absent, a pair is generated and logged once at start-up
 * @param secret the admin secret
 */
@ConfigurationProperties("avengine.admin")
record AdminProperties(String key, String secret) {

    boolean isConfigured() {
        return key != null && !key.isBlank() && secret != null && !secret.isBlank();
    }
}
