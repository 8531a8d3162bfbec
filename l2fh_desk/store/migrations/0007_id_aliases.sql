-- L2FH Desk schema v7: an id two hospitals both claim is kept at HQ under an id per claim (exchange/aliases.py).
-- Shipped migrations are never edited; add a new numbered file instead.

-- (origin, table, id as that hospital wrote it) -> the id HQ keeps that hospital's record under.
CREATE TABLE id_aliases (
    origin TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hq_id TEXT NOT NULL UNIQUE,
    PRIMARY KEY (origin, table_name, record_id)
) WITHOUT ROWID;
CREATE INDEX id_aliases_record ON id_aliases(table_name, record_id);
