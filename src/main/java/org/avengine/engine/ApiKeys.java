package org.avengine.engine;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers' API keys. Only a hash of each secret is stored; the secret is shown once, when made. */
@Repository
class ApiKeys {

    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new key and its secret, which cannot be read back later. */
    NewKey create(int customer) {
        NewKey key = new NewKey(UUID.randomUUID().toString(), Secrets.generate());
        jdbc.sql("INSERT INTO engine_keys (api_key, customer_id, secret_hash, created_at) VALUES (:key, :c, :hash, :now)")
                .param("key", key.key()).param("c", customer).param("hash", Secrets.hash(key.secret()))
                .param("now", Clock.systemUTC().millis()).update();
        return key;
    }

    /** The customer whose key this is, when the secret matches. */
    Optional<Integer> customerOf(String key, String secret) {
        return jdbc.sql("SELECT customer_id, secret_hash FROM engine_keys WHERE api_key = :key").param("key", key)
                .query((rs, n) -> Secrets.matches(secret, rs.getString("secret_hash")) ? rs.getInt("customer_id") : null)
                .optional();
    }

    List<String> of(int customer) {
        return jdbc.sql("SELECT api_key FROM engine_keys WHERE customer_id = :c ORDER BY created_at")
                .param("c", customer).query(String.class).list();
    }

    /** A key with its secret, as returned once to the caller that made it. */
    record NewKey(String key, String secret) {
    }
}
