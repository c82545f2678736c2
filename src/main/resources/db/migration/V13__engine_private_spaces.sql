-- A private space's assets are delivered (/iiif-av/, /iiif-manifest/) only to its customer's keys
-- and the administrator; other spaces stay open to anyone.
ALTER TABLE engine_spaces ADD COLUMN is_private BOOLEAN DEFAULT FALSE NOT NULL;
