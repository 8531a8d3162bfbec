-- L2FH Desk schema v5: a keyed audit chain and records sealed to their audited state.
-- Shipped migrations are never edited; add a new numbered file instead.

-- From `from_seq` on, audit rows are chained with HMAC-SHA-256 under this installation's audit key
-- (store/seal.py); rows before the first segment are the legacy unkeyed SHA-256 chain of schema 1-3.
-- `seal` is an HMAC of the segment itself, so moving the keying point is detected.
CREATE TABLE audit_keying (
    from_seq INTEGER PRIMARY KEY,
    key_id TEXT NOT NULL,
    seal TEXT NOT NULL
);
-- The upgrade point: sealed with the installation key the first time the app opens the file.
INSERT INTO audit_keying (from_seq, key_id, seal) SELECT coalesce(max(seq), 0) + 1, '', '' FROM audit_log;

-- One keyed digest per record, written in the same transaction as the record and its audit row:
-- a row changed outside L2FH Desk no longer matches its seal and `check` names it.
CREATE TABLE record_seals (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    seal TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id)
) WITHOUT ROWID;
