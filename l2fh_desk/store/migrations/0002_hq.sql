-- L2FH Desk schema v2: the HQ side (import log, provenance, merge log, trusted signers, patient links,
-- imported audit trails). Every database has these tables; in a hospital's own file they stay empty.
-- Shipped migrations are never edited; add a new numbered file instead.

-- One row per bundle merged into this (HQ) database.
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    bundle_id TEXT NOT NULL UNIQUE,
    hospital_id TEXT NOT NULL,
    hospital_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,                -- of the whole .l2fh file
    signer_fingerprint TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    exported_at TEXT NOT NULL,           -- when the hospital made the bundle
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    audit_head TEXT NOT NULL,
    counts TEXT NOT NULL                 -- JSON {table: {new, updated, unchanged, refused, conflicts}}
);
CREATE INDEX imports_hospital ON imports(hospital_id, imported_at);

-- Which import the current content of each merged row came from.
CREATE TABLE row_provenance (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    PRIMARY KEY (table_name, record_id)
) WITHOUT ROWID;

-- Every overwritten field, every same-version conflict and every refused row, for review by an analyst.
-- kind: 'update' (incoming version higher), 'conflict_replaced' / 'conflict_kept' (same version,
-- different content; the higher content hash wins), 'refused' (the id belongs to another hospital).
CREATE TABLE merge_conflicts (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    old_version INTEGER,
    new_version INTEGER
);
CREATE INDEX merge_conflicts_record ON merge_conflicts(table_name, record_id);
CREATE INDEX merge_conflicts_import ON merge_conflicts(import_id);

-- Hospital signing keys HQ accepts (recorded with `import --trust` after confirming the fingerprint).
CREATE TABLE trusted_signers (
    hospital_id TEXT PRIMARY KEY,
    hospital_name TEXT NOT NULL,
    public_key TEXT NOT NULL UNIQUE,     -- Ed25519, raw, base64
    fingerprint TEXT NOT NULL,
    trusted_at TEXT NOT NULL,
    trusted_by TEXT NOT NULL
);

-- Two patient records HQ believes are the same person; both ids are kept.
CREATE TABLE patient_links (
    patient_a TEXT NOT NULL REFERENCES patients(id),
    patient_b TEXT NOT NULL REFERENCES patients(id),
    reason TEXT NOT NULL,
    linked_at TEXT NOT NULL,
    linked_by TEXT NOT NULL,
    PRIMARY KEY (patient_a, patient_b),
    CHECK (patient_a < patient_b)
);

-- Each hospital's audit trail as imported (keyed by audit row id, not by the hospital's seq, so
-- HQ's own hash chain in audit_log stays intact).
CREATE TABLE imported_audit (
    id TEXT PRIMARY KEY,
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
    hash TEXT NOT NULL
);
CREATE INDEX imported_audit_hospital ON imported_audit(hospital_id, source_seq);
