package org.avengine.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.avengine.storage.ObjectRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deletions the engine owes the object store ({@code engine_cleanups}). They are added in the
 * transaction of the asset change that makes them due; a claim is a conditional update on
 * {@code due_at}, so any number of nodes may claim, and one that stopped leaves its claim to run out.
 */
@Repository
class Cleanups {

    private final JdbcClient jdbc;

    Cleanups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records deletions owed for {@code asset}; part of the caller's transaction. */
    void add(AssetId asset, Collection<CleanupEntry> entries) {
        long now = Instant.now().toEpochMilli();
        for (CleanupEntry entry : entries) {
            jdbc.sql("""
                    INSERT INTO engine_cleanups (id, customer_id, space_id, asset_id, bucket, object_key, is_prefix, created_at, due_at)
                    VALUES (:id, :c, :s, :asset, :bucket, :key, :prefix, :now, :now)""")
                    .param("id", UUID.randomUUID().toString()).param("c", asset.customer()).param("s", asset.space())
                    .param("asset", asset.id()).param("bucket", entry.ref().bucket()).param("key", entry.ref().key())
                    .param("prefix", entry.prefix()).param("now", now).update();
        }
    }

    /** Claims one due deletion until {@code now + lease}; empty when none is due. */
    Optional<Claimed> claim(Instant now, Duration lease) {
        for (Claimed candidate : jdbc.sql("""
                SELECT id, customer_id, space_id, asset_id, bucket, object_key, is_prefix, due_at, attempts
                FROM engine_cleanups WHERE due_at <= :now ORDER BY due_at LIMIT 5""")
                .param("now", now.toEpochMilli()).query((rs, n) -> new Claimed(rs.getString("id"),
                        new AssetId(rs.getInt("customer_id"), rs.getInt("space_id"), rs.getString("asset_id")),
                        new CleanupEntry(new ObjectRef(rs.getString("bucket"), rs.getString("object_key")), rs.getBoolean("is_prefix")),
                        rs.getLong("due_at"), rs.getInt("attempts") + 1)).list()) {
            int updated = jdbc.sql("""
                    UPDATE engine_cleanups SET due_at = :until, attempts = attempts + 1
                    WHERE id = :id AND due_at = :seen""")
                    .param("until", now.plus(lease).toEpochMilli()).param("id", candidate.id())
                    .param("seen", candidate.dueAt()).update();
            if (updated == 1) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    void done(Claimed claimed) {
        jdbc.sql("DELETE FROM engine_cleanups WHERE id = :id").param("id", claimed.id()).update();
    }

    /** Leaves the deletion to be tried again at {@code retryAt}, with what went wrong. */
    void failed(Claimed claimed, Instant retryAt, String error) {
        jdbc.sql("UPDATE engine_cleanups SET due_at = :at, last_error = :error WHERE id = :id AND attempts = :attempts")
                .param("at", retryAt.toEpochMilli()).param("error", error).param("id", claimed.id())
                .param("attempts", claimed.attempts()).update();
    }

    /**
     * A claimed deletion.
     *
     * @param attempts this claim included
     */
    record Claimed(String id, AssetId asset, CleanupEntry entry, long dueAt, int attempts) {
    }
}
