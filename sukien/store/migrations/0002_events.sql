-- What extraction adds: actors, events, participants (with their spans), evidence.
CREATE TABLE actors (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    country  TEXT,
    UNIQUE (name, kind, country)
);

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type            TEXT NOT NULL,
    mode            TEXT,
    cameo           TEXT NOT NULL,
    date            TEXT,
    end_date        TEXT,
    location        TEXT,
    contexts        TEXT NOT NULL,          -- JSON list
    evidence        TEXT NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    international   INTEGER NOT NULL,
    record          TEXT NOT NULL,          -- the full JSON record, provenance included
    extractor_version TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_date ON events(date);

CREATE TABLE participants (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id  INTEGER NOT NULL REFERENCES actors(id),
    side      TEXT NOT NULL,                -- 'actor' or 'recipient'
    position  INTEGER NOT NULL,
    office    TEXT,
    org       TEXT,
    span_start INTEGER,
    span_end   INTEGER,
    country_rule TEXT,
    PRIMARY KEY (event_id, side, position)
);
CREATE INDEX participants_actor ON participants(actor_id);
