-- L2FH Desk schema v8: signed chain heads (store/heads.py).
-- Shipped migrations are never edited; add a new numbered file instead.

-- From time to time (every 100 audit rows, at each backup, export and close) the audit chain's newest row
-- number and hash are signed with the installation's Ed25519 signing key. Each head also signs the previous
-- head's signature, so a head removed from the middle is noticed; `check` verifies every one of them.
CREATE TABLE audit_heads (
    n INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL,
    prev_signature TEXT NOT NULL
);
-- The start point, unsigned: the open that applies this migration signs it, and only that one.
INSERT INTO audit_heads (n, seq, hash, signed_at, reason, public_key, signature, prev_signature)
SELECT 1, coalesce(max(seq), 0), '', '', 'start', '', '', '' FROM audit_log;
