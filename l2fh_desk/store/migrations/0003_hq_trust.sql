-- L2FH Desk schema v3: HQ's revoked (or rotated) hospital signing keys. Empty in a hospital's own file.
-- Shipped migrations are never edited; add a new numbered file instead.

-- A key listed here is refused on every bundle, whichever hospital the bundle names.
CREATE TABLE revoked_signers (
    public_key TEXT PRIMARY KEY,         -- Ed25519, raw, base64
    fingerprint TEXT NOT NULL,
    hospital_id TEXT NOT NULL,
    hospital_name TEXT NOT NULL,
    revoked_at TEXT NOT NULL,
    revoked_by TEXT NOT NULL,
    reason TEXT NOT NULL                 -- 'rotated to <fingerprint>' after a key rotation
);
