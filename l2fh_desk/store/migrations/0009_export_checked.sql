-- L2FH Desk schema v9: what the last exports checked with HQ's row rules (exchange/checked.py).
-- Shipped migrations are never edited; add a new numbered file instead.

-- One row per record an export found HQ would accept, with the record's seal (record_seals) at that moment.
-- The next export checks again only the records whose seal is not here (added or changed since); a record
-- changed outside L2FH Desk no longer matches its seal and stops the export before that (record seals check).
-- Never carried to HQ: the export's scrub empties it.
CREATE TABLE export_checked (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    seal TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id)
) WITHOUT ROWID;
