package org.avengine.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The engine's administrator credential, used with HTTP Basic like a customer's key.
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
