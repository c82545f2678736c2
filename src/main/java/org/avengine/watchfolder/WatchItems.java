package org.avengine.watchfolder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.avengine.storage.ObjectRef;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Watch items in the database. Taking a file is inserting its row (the unique (rule, key, version)
 * lets one node win); a node that stopped before starting the work loses its claim when its lease ends.
 */
@Repository
class WatchItems {

    private static final String OPEN = "state IN ('CLAIMED', 'SUBMITTED')";

    private final JdbcClient jdbc;

    WatchItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the file version for this node until {@code leaseUntil}; empty when another node has it or had it. */
    Optional<WatchItem> claim(WatchRule rule, ObjectRef ref, String version, String entity, String node, Instant leaseUntil) {
        String id = WatchItem.idOf(rule.name(), ref.key(), version);
        Optional<WatchItem> existing = find(id);
        if (existing.isPresent()) {
            return reclaim(existing.get(), node, leaseUntil);
        }
        try {
            jdbc.sql("""
                    INSERT INTO watch_items (id, rule_name, bucket, prefix_key, object_key, version, entity, state, node_id,
                      lease_until, created_at)
                    VALUES (:id, :rule, :bucket, :prefix, :key, :version, :entity, 'CLAIMED', :node, :until, :now)""")
                    .param("id", id).param("rule", rule.name()).param("bucket", ref.bucket())
                    .param("prefix", rule.prefix().key()).param("key", ref.key()).param("version", version)
                    .param("entity", entity).param("node", node).param("until", leaseUntil.toEpochMilli())
                    .param("now", System.currentTimeMillis()).update();
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return find(id);
    }

    private Optional<WatchItem> reclaim(WatchItem item, String node, Instant leaseUntil) {
        int taken = jdbc.sql("""
                UPDATE watch_items SET node_id = :node, lease_until = :until
                WHERE id = :id AND state = 'CLAIMED' AND lease_until < :now""")
                .param("node", node).param("until", leaseUntil.toEpochMilli()).param("id", item.id())
                .param("now", System.currentTimeMillis()).update();
        return taken == 1 ? find(item.id()) : Optional.empty();
    }

    Optional<WatchItem> find(String id) {
        return jdbc.sql("SELECT * FROM watch_items WHERE id = :id").param("id", id).query(this::row).optional();
    }

    /** Whether the item is known and not a claim that ran out: a cheap look before claiming. */
    boolean isTaken(String id, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM watch_items WHERE id = :id AND (state <> 'CLAIMED' OR lease_until >= :now)")
                .param("id", id).param("now", now.toEpochMilli()).query(Integer.class).single() > 0;
    }

    /** Records the asset before it is registered, so that its end finds the item whatever comes first. */
    void assetChosen(String id, String assetId) {
        jdbc.sql("UPDATE watch_items SET asset_id = :asset WHERE id = :id").param("asset", assetId).param("id", id).update();
    }

    void submitted(String id, String jobId) {
        jdbc.sql("UPDATE watch_items SET state = 'SUBMITTED', job_id = COALESCE(:job, job_id) WHERE id = :id AND state = 'CLAIMED'")
                .param("job", jobId).param("id", id).update();
    }

    /** Ends an open item; false when it had ended already. */
    boolean end(String id, Ending ending) {
        return endWhere("id = :key", id, ending);
    }

    /** Ends the open item waiting for this asset, if any. */
    void endByAsset(String assetId, Ending ending) {
        endWhere("asset_id = :key", assetId, ending);
    }

    private boolean endWhere(String condition, String key, Ending ending) {
        return jdbc.sql("UPDATE watch_items SET state = :state, reason = :reason, error_code = :code, error = :error,"
                        + " ended_at = :now WHERE " + condition + " AND " + OPEN)
                .param("key", key).param("state", ending.state().name()).param("reason", ending.reason())
                .param("code", ending.errorCode()).param("error", ending.error())
                .param("now", System.currentTimeMillis()).update() > 0;
    }

    /** Ended items whose file has not been moved yet, oldest first. */
    List<WatchItem> unmoved(int limit) {
        return jdbc.sql("""
                SELECT * FROM watch_items WHERE state IN ('PROCESSED', 'FAILED', 'SUPERSEDED') AND moved_at IS NULL
                ORDER BY ended_at LIMIT :limit""").param("limit", limit).query(this::row).list();
    }

    void moved(String id) {
        jdbc.sql("UPDATE watch_items SET moved_at = :now WHERE id = :id").param("now", System.currentTimeMillis())
                .param("id", id).update();
    }

    /** The processed items of the same rule and key with an asset, newest drop first. */
    List<WatchItem> processedVersions(WatchItem item) {
        return jdbc.sql("""
                SELECT * FROM watch_items WHERE rule_name = :rule AND object_key = :key AND state = 'PROCESSED'
                  AND asset_id IS NOT NULL ORDER BY created_at DESC, id""")
                .param("rule", item.rule()).param("key", item.key()).query(this::row).list();
    }

    void superseded(String id) {
        jdbc.sql("UPDATE watch_items SET state = 'SUPERSEDED' WHERE id = :id AND state = 'PROCESSED'").param("id", id).update();
    }

    /** How an item ended. */
    record Ending(WatchItem.ItemState state, String reason, Integer errorCode, String error) {

        static final Ending PROCESSED = new Ending(WatchItem.ItemState.PROCESSED, null, null, null);

        static Ending failed(String reason, Integer errorCode, String error) {
            return new Ending(WatchItem.ItemState.FAILED, reason, errorCode, error);
        }
    }

    private WatchItem row(ResultSet rs, int n) throws SQLException {
        return new WatchItem(rs.getString("id"), rs.getString("rule_name"), rs.getString("bucket"), rs.getString("prefix_key"),
                rs.getString("object_key"), rs.getString("version"), rs.getString("entity"),
                WatchItem.ItemState.valueOf(rs.getString("state")), rs.getString("asset_id"), rs.getString("job_id"),
                rs.getString("reason"), rs.getObject("error_code", Integer.class), rs.getString("error"), rs.getLong("created_at"));
    }
}
