-- L2FH Desk schema v6: a hospital's history at HQ may fork where a restore declares it (exchange/branches.py).
-- Shipped migrations are never edited; add a new numbered file instead.

-- 1 for an imported audit row on a branch a restore gave up (not on the hospital's live history).
ALTER TABLE imported_audit ADD COLUMN abandoned INTEGER NOT NULL DEFAULT 0;

-- Records HQ received from a branch a restore gave up, where they differ from the live branch: kept for
-- review, out of the HQ figures. `row_json` is the row as the bundle carried it (column -> value).
CREATE TABLE abandoned_records (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hospital_id TEXT NOT NULL,
    version INTEGER,
    row_json TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id)
) WITHOUT ROWID;
CREATE INDEX abandoned_records_hospital ON abandoned_records(hospital_id);
