-- Documents as read, cleaned, with the map back to the original, and inputs that failed.
CREATE TABLE documents (
    id               TEXT PRIMARY KEY,
    content_hash     TEXT NOT NULL UNIQUE,
    source           TEXT,
    title            TEXT,
    url              TEXT,
    published        TEXT,
    published_source TEXT,
    original         TEXT NOT NULL,
    text             TEXT NOT NULL,
    offsets          TEXT NOT NULL,          -- JSON segments [clean_start, orig_start, orig_end, clean_len]
    cuts             TEXT NOT NULL,          -- JSON list of what cleaning removed and why
    extracted_version TEXT,                  -- extractor version that last ran on it, NULL when not yet
    ingested_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE failures (
    id         INTEGER PRIMARY KEY,
    where_     TEXT NOT NULL,               -- document id, file, or file:line
    reason     TEXT NOT NULL,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (where_, reason)
);
