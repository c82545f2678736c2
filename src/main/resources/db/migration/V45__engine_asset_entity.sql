-- The product entity an asset shows (a car, a listing): set with "entity" on PUT or by a watch-folder
-- rule's {entityId}. Null when none was given; nothing is inferred from string1.
ALTER TABLE engine_assets ADD COLUMN entity VARCHAR(255);

CREATE INDEX engine_assets_entity ON engine_assets (customer_id, entity);
