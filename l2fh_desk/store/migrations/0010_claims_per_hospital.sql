-- L2FH Desk schema v10: at HQ, a bundle id and an audit row id are claims of the hospital that signed them.
-- Shipped migrations are never edited; add a new numbered file instead.
--
-- Schema 2 made `imports.bundle_id` and `imported_audit.id` unique across all hospitals, so a bundle or an
-- audit row carrying an id copied from another hospital's file locked whichever hospital came second out of HQ.
-- Both tables are rebuilt (SQLite's documented way to change a constraint; store/migrate.py runs every
-- migration with foreign keys off and checks them before COMMIT), their rows kept as they were.

CREATE TABLE imports_v10 (
    id INTEGER PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    hospital_id TEXT NOT NULL,
    hospital_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,                -- of the whole .l2fh file
    signer_fingerprint TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    exported_at TEXT NOT NULL,           -- when the hospital made the bundle
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    audit_head TEXT NOT NULL,
    counts TEXT NOT NULL,                -- JSON {table: {new, updated, unchanged, refused, conflicts}}
    UNIQUE (hospital_id, bundle_id)
);
INSERT INTO imports_v10 (id, bundle_id, hospital_id, hospital_name, sha256, signer_fingerprint, schema_version,
                         exported_at, imported_at, imported_by, audit_head, counts)
    SELECT id, bundle_id, hospital_id, hospital_name, sha256, signer_fingerprint, schema_version,
           exported_at, imported_at, imported_by, audit_head, counts FROM imports;
DROP TABLE imports;
ALTER TABLE imports_v10 RENAME TO imports;
CREATE INDEX imports_hospital ON imports(hospital_id, imported_at);

-- Each hospital's audit trail as imported, keyed by hospital and audit row id.
CREATE TABLE imported_audit_v10 (
    id TEXT NOT NULL,
    hospital_id TEXT NOT NULL,           -- the hospital whose bundle carried the row
    source_seq INTEGER NOT NULL,         -- its seq in that hospital's audit_log
    origin TEXT NOT NULL,
    at TEXT NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL DEFAULT '',
    record_id TEXT NOT NULL DEFAULT '',
    before_json TEXT,
    after_json TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    abandoned INTEGER NOT NULL DEFAULT 0,  -- on a branch a restore gave up (schema 6)
    PRIMARY KEY (hospital_id, id)
);
INSERT INTO imported_audit_v10 (id, hospital_id, source_seq, origin, at, username, action, table_name, record_id,
                                before_json, after_json, prev_hash, hash, abandoned)
    SELECT id, hospital_id, source_seq, origin, at, username, action, table_name, record_id,
           before_json, after_json, prev_hash, hash, abandoned FROM imported_audit;
DROP TABLE imported_audit;
ALTER TABLE imported_audit_v10 RENAME TO imported_audit;
CREATE INDEX imported_audit_hospital ON imported_audit(hospital_id, source_seq);
