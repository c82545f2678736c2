-- An ingest claim is a lease: the claiming node extends ingest_lease_until (epoch ms) while it copies
-- and submits; an INGESTING asset whose lease ran out (its node stopped) is claimed again by any node,
-- up to avengine.engine.ingest.max-attempts claims counted in ingest_attempts.
ALTER TABLE engine_assets ADD COLUMN ingest_lease_until BIGINT;
ALTER TABLE engine_assets ADD COLUMN ingest_attempts INTEGER DEFAULT 0 NOT NULL;
