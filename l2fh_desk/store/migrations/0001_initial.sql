-- L2FH Desk schema v1. Shipped migrations are never edited; add a new numbered file instead.
-- Table and column names are a public contract for HQ analysts (see README "Schema").

CREATE TABLE hospitals (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL,
    mission TEXT NOT NULL,
    location TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    contingent_type TEXT NOT NULL,
    bed_capacity INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE rotations (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    voided_at TEXT,
    void_reason TEXT,
    hospital_id TEXT NOT NULL REFERENCES hospitals(id),
    number INTEGER NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    commander_name TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX rotations_number ON rotations(hospital_id, number) WHERE voided_at IS NULL;

CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    voided_at TEXT,
    void_reason TEXT,
    rotation_id TEXT NOT NULL REFERENCES rotations(id),
    name TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    rank TEXT NOT NULL DEFAULT '',
    specialty TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT ''
);
CREATE INDEX staff_rotation ON staff(rotation_id);

CREATE TABLE patients (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    voided_at TEXT,
    void_reason TEXT,
    name TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    date_of_birth TEXT NOT NULL,
    dob_estimated INTEGER NOT NULL DEFAULT 0,
    category TEXT NOT NULL,
    nationality TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    un_index_number TEXT NOT NULL DEFAULT '',
    home_location TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX patients_un_index ON patients(un_index_number) WHERE un_index_number != '';
CREATE INDEX patients_category ON patients(category);

-- Folded (lower-case, no diacritics) name, index number and category, for prefix search.
-- Kept by the patients repository; rowid = patients.rowid.
CREATE VIRTUAL TABLE patient_search USING fts5(terms, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE TABLE encounters (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    voided_at TEXT,
    void_reason TEXT,
    patient_id TEXT NOT NULL REFERENCES patients(id),
    rotation_id TEXT NOT NULL REFERENCES rotations(id),
    kind TEXT NOT NULL,
    started_at TEXT NOT NULL,
    triage TEXT,
    temperature_c REAL,
    pulse_bpm INTEGER,
    resp_rate INTEGER,
    systolic_bp INTEGER,
    diastolic_bp INTEGER,
    spo2 INTEGER,
    gcs INTEGER,
    weight_kg REAL,
    pain_score INTEGER,
    complaint TEXT NOT NULL DEFAULT '',
    pregnant INTEGER NOT NULL DEFAULT 0,
    procedures TEXT NOT NULL DEFAULT '[]',   -- JSON list of {kind, description}
    treatment TEXT NOT NULL DEFAULT '',
    disposition TEXT NOT NULL,
    clinician TEXT NOT NULL,
    relation_to_event TEXT NOT NULL DEFAULT 'not_related',
    protection TEXT NOT NULL DEFAULT '[]',   -- JSON list of protection concern codes
    needs_rehabilitation INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX encounters_patient ON encounters(patient_id, started_at);
CREATE INDEX encounters_rotation ON encounters(rotation_id, started_at);
CREATE INDEX encounters_started ON encounters(started_at);

CREATE TABLE diagnoses (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    voided_at TEXT,
    void_reason TEXT,
    encounter_id TEXT NOT NULL REFERENCES encounters(id),
    position INTEGER NOT NULL DEFAULT 0,
    icd10_code TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    mds_event TEXT NOT NULL,
    is_primary INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX diagnoses_encounter ON diagnoses(encounter_id);
CREATE INDEX diagnoses_code ON diagnoses(icd10_code);

CREATE TABLE admissions (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    voided_at TEXT,
    void_reason TEXT,
    patient_id TEXT NOT NULL REFERENCES patients(id),
    rotation_id TEXT NOT NULL REFERENCES rotations(id),
    encounter_id TEXT REFERENCES encounters(id),
    bed TEXT NOT NULL,
    ward TEXT NOT NULL DEFAULT '',
    admitted_at TEXT NOT NULL,
    diagnosis TEXT NOT NULL DEFAULT '',
    plan TEXT NOT NULL DEFAULT '',
    discharged_at TEXT,
    outcome TEXT,
    discharge_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX admissions_open ON admissions(discharged_at, voided_at);
CREATE INDEX admissions_patient ON admissions(patient_id);

CREATE TABLE evacuations (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    voided_at TEXT,
    void_reason TEXT,
    patient_id TEXT NOT NULL REFERENCES patients(id),
    rotation_id TEXT NOT NULL REFERENCES rotations(id),
    encounter_id TEXT REFERENCES encounters(id),
    admission_id TEXT REFERENCES admissions(id),
    mode TEXT NOT NULL,
    priority TEXT NOT NULL,
    destination TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    departed_at TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evacuations_rotation ON evacuations(rotation_id);
CREATE INDEX evacuations_patient ON evacuations(patient_id);

CREATE TABLE outreach_activities (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    voided_at TEXT,
    void_reason TEXT,
    rotation_id TEXT NOT NULL REFERENCES rotations(id),
    kind TEXT NOT NULL,
    activity_date TEXT NOT NULL,
    place TEXT NOT NULL,
    partner TEXT NOT NULL DEFAULT '',
    staff_names TEXT NOT NULL DEFAULT '[]',  -- JSON list of names
    staff_count INTEGER NOT NULL DEFAULT 0,
    reached_total INTEGER NOT NULL DEFAULT 0,
    reached_female INTEGER NOT NULL DEFAULT 0,
    reached_male INTEGER NOT NULL DEFAULT 0,
    reached_children INTEGER NOT NULL DEFAULT 0,
    quantity REAL,
    unit TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    notable INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outreach_rotation ON outreach_activities(rotation_id, activity_date);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    disabled_at TEXT
);

-- Append-only, hash-chained history: hash = SHA-256(prev_hash || canonical JSON of the row).
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
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
CREATE INDEX audit_record ON audit_log(record_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Local to this installation (not merged at HQ).
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE drafts (
    form TEXT NOT NULL,
    username TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (form, username)
);
