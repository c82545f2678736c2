package org.avengine.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assets in the database. Every ingest step is a conditional update on the asset's ingest token (and
 * state), so a step of a superseded registration, or a repeated completion event, changes nothing.
 */
@Repository
class Assets {

    private static final String KEY = "customer_id = :c AND space_id = :s AND id = :id";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    Assets(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    Optional<Asset> find(AssetId id) {
        return key(jdbc.sql("SELECT * FROM engine_assets WHERE " + KEY), id).query(this::row).optional();
    }

    /** Inserts the asset, or replaces what its registration says while keeping its transcodes. */
    void save(Asset a) {
        int updated = key(jdbc.sql("""
                UPDATE engine_assets SET origin = :origin, family = :family, media_type = :mt, delivery_channels = :dc,
                  presets = :presets, fields = :fields, entity = :entity, state = :state, ingest_token = :token, finished_at = :finished,
                  error = NULL, job_id = NULL, input_location = NULL, batch_id = :batch, ingest_lease_until = NULL,
                  ingest_attempts = 0
                WHERE""" + " " + KEY), a.id()).params(values(a)).update();
        if (updated == 0) {
            key(jdbc.sql("""
                    INSERT INTO engine_assets (customer_id, space_id, id, origin, family, media_type, delivery_channels,
                      presets, fields, entity, created_at, state, ingest_token, finished_at, transcodes, batch_id)
                    VALUES (:c, :s, :id, :origin, :family, :mt, :dc, :presets, :fields, :entity, :created, :state, :token,
                      :finished, '[]', :batch)"""), a.id()).params(values(a)).update();
        }
    }

    /**
     * Claims one asset for this node's ingest, holding it until {@code leaseUntil}: a queued one, or
     * one left INGESTING by a node whose lease ran out, which gets a new ingest token so that the
     * abandoned ingest's job and files no longer count. An asset with deletions still pending (a
     * delete, a policy change) waits for them, so none of them can hit what the new ingest writes.
     * Empty when there is none.
     */
    Optional<Claim> claim(Instant now, Instant leaseUntil) {
        for (Asset candidate : jdbc.sql("""
                SELECT * FROM engine_assets a WHERE (state = 'QUEUED'
                   OR (state = 'INGESTING' AND (ingest_lease_until IS NULL OR ingest_lease_until < :now)))
                  AND NOT EXISTS (SELECT 1 FROM engine_cleanups k
                    WHERE k.customer_id = a.customer_id AND k.space_id = a.space_id AND k.asset_id = a.id)
                ORDER BY created_at LIMIT 5""").param("now", now.toEpochMilli()).query(this::row).list()) {
            boolean stale = candidate.state() == AssetState.INGESTING;
            String token = stale ? UUID.randomUUID().toString() : candidate.ingestToken();
            int claimed = key(jdbc.sql("""
                    UPDATE engine_assets SET state = 'INGESTING', ingest_token = :new, ingest_lease_until = :until,
                      ingest_attempts = ingest_attempts + 1
                    WHERE""" + " " + KEY + " " + """
                    AND ingest_token = :old AND state = :state
                      AND (state = 'QUEUED' OR ingest_lease_until IS NULL OR ingest_lease_until < :now)"""), candidate.id())
                    .param("new", token).param("until", leaseUntil.toEpochMilli()).param("old", candidate.ingestToken())
                    .param("state", candidate.state().name()).param("now", now.toEpochMilli()).update();
            if (claimed == 1) {
                return find(candidate.id()).map(a -> new Claim(a, stale ? candidate.ingestToken() : null, attempts(a.id())));
            }
        }
        return Optional.empty();
    }

    /** Extends this node's hold on an ingest; false when the ingest is over or was taken over. */
    boolean extendLease(AssetId id, String token, Instant leaseUntil) {
        return key(jdbc.sql("UPDATE engine_assets SET ingest_lease_until = :until WHERE " + KEY
                + " AND ingest_token = :token AND state = 'INGESTING'"), id)
                .param("until", leaseUntil.toEpochMilli()).param("token", token).update() == 1;
    }

    private int attempts(AssetId id) {
        return key(jdbc.sql("SELECT ingest_attempts FROM engine_assets WHERE " + KEY), id).query(Integer.class).single();
    }

    /**
     * An asset claimed for ingest.
     *
     * @param abandonedToken the token of the ingest a stopped node left behind, null for a queued asset
     * @param attempts how many times the asset was claimed since it was registered, this claim included
     */
    record Claim(Asset asset, String abandonedToken, int attempts) {
    }

    boolean submitted(AssetId id, String token, String jobId, String inputLocation) {
        return key(jdbc.sql("""
                UPDATE engine_assets SET state = 'TRANSCODING', job_id = :job, input_location = :input
                WHERE""" + " " + KEY + " AND ingest_token = :token AND state = 'INGESTING'"), id)
                .param("job", jobId).param("input", inputLocation).param("token", token).update() == 1;
    }

    /**
     * Ends an ingest: the transcodes, picture size, duration and error it left, and publishes
     * {@link AssetFinished} or {@link AssetFailed}. False when already ended or superseded.
     */
    boolean finish(AssetId id, String token, Outcome outcome) {
        boolean ended = key(jdbc.sql("""
                UPDATE engine_assets SET state = 'DONE', finished_at = :now, error = :error, transcodes = :transcodes,
                  width = :w, height = :h, duration_ms = :d
                WHERE""" + " " + KEY + " AND ingest_token = :token AND state <> 'DONE'"), id)
                .param("now", Instant.now().toEpochMilli()).param("error", outcome.error())
                .param("transcodes", json.writeValueAsString(outcome.transcodes()))
                .param("w", outcome.width()).param("h", outcome.height()).param("d", outcome.durationMs())
                .param("token", token).update() == 1;
        if (ended) {
            find(id).ifPresent(this::publishEnd);
        }
        return ended;
    }

    private void publishEnd(Asset a) {
        if (a.error() == null) {
            events.publishEvent(new AssetFinished(a.id(), a.fields().entity(), a.width(), a.height(), a.durationMs(), a.finished()));
        } else {
            events.publishEvent(new AssetFailed(a.id(), a.fields().entity(), a.error(), a.finished()));
        }
    }

    /** The customer's finished assets of an entity that have transcodes, the most recently finished first. */
    List<Asset> findByEntity(int customer, String entity) {
        return jdbc.sql("""
                SELECT * FROM engine_assets WHERE customer_id = :c AND entity = :entity AND state = 'DONE'
                  AND error IS NULL ORDER BY finished_at DESC, id
                """).param("c", customer).param("entity", entity).query(this::row).list().stream()
                .filter(a -> !a.transcodes().isEmpty()).toList();
    }

    /** The newest assets, of one customer and one space when given. */
    List<Asset> newest(Integer customer, Integer space, int limit) {
        return jdbc.sql("""
                SELECT * FROM engine_assets
                WHERE (CAST(:c AS INTEGER) IS NULL OR customer_id = :c) AND (CAST(:s AS INTEGER) IS NULL OR space_id = :s)
                ORDER BY created_at DESC, id LIMIT :limit""")
                .param("c", customer).param("s", space).param("limit", limit).query(this::row).list();
    }

    Optional<Asset> findByJob(String jobId) {
        return jdbc.sql("SELECT * FROM engine_assets WHERE job_id = :job").param("job", jobId).query(this::row).optional();
    }

    void clearTranscodes(AssetId id) {
        key(jdbc.sql("UPDATE engine_assets SET transcodes = '[]', width = NULL, height = NULL, duration_ms = NULL WHERE " + KEY), id)
                .update();
    }

    void delete(AssetId id) {
        key(jdbc.sql("DELETE FROM engine_assets WHERE " + KEY), id).update();
    }

    /** What an ingest ended with. */
    record Outcome(List<Transcode> transcodes, Integer width, Integer height, Long durationMs, String error) {
    }

    private static JdbcClient.StatementSpec key(JdbcClient.StatementSpec spec, AssetId id) {
        return spec.param("c", id.customer()).param("s", id.space()).param("id", id.id());
    }

    private java.util.Map<String, Object> values(Asset a) {
        var values = new java.util.HashMap<String, Object>();
        values.put("origin", a.origin());
        values.put("family", a.family());
        values.put("mt", a.mediaType());
        values.put("dc", json.writeValueAsString(a.deliveryChannels()));
        values.put("presets", json.writeValueAsString(a.presets()));
        values.put("fields", json.writeValueAsString(a.fields()));
        values.put("entity", a.fields().entity());
        values.put("created", a.created().toEpochMilli());
        values.put("state", a.state().name());
        values.put("token", a.ingestToken());
        values.put("finished", a.finished() == null ? null : a.finished().toEpochMilli());
        values.put("batch", a.batchId());
        return values;
    }

    private Asset row(ResultSet rs, int n) throws SQLException {
        return new Asset(new AssetId(rs.getInt("customer_id"), rs.getInt("space_id"), rs.getString("id")),
                rs.getString("origin"), rs.getString("family"), rs.getString("media_type"),
                json.readValue(rs.getString("delivery_channels"), new TypeReference<List<DeliveryChannel>>() { }),
                json.readValue(rs.getString("presets"), new TypeReference<List<String>>() { }),
                json.readValue(rs.getString("fields"), AssetFields.class),
                Instant.ofEpochMilli(rs.getLong("created_at")), AssetState.valueOf(rs.getString("state")),
                rs.getString("ingest_token"), instant(rs, "finished_at"), rs.getString("error"),
                (Integer) rs.getObject("width", Integer.class), rs.getObject("height", Integer.class),
                rs.getObject("duration_ms", Long.class), rs.getString("job_id"), rs.getString("input_location"),
                json.readValue(rs.getString("transcodes"), new TypeReference<List<Transcode>>() { }),
                rs.getObject("batch_id", Integer.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Long millis = rs.getObject(column, Long.class);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
