-- Search that ignores diacritics and case: "to lam" finds Tô Lâm, "dang" finds Đảng.
--
-- search_items keeps, for every actor, event and document, its searchable text with the one fold that
-- FTS5's unicode61 tokenizer lacks: đ/Đ to d/D (đ is a letter of its own, not d plus a mark). search_fts,
-- an external-content FTS5 index over it, strips the other marks and case-folds (remove_diacritics 2
-- handles the stacked marks of ệ, ẫ, ở). Queries are folded the same way in Python
-- (sukien.store._queries.fold). Triggers keep both in step with actors, events, participants, documents.
--   actor:    title = name,                            body = the offices it was seen in
--   event:    title = participants' names and offices,  body = evidence and location
--   document: title = title,                           body = cleaned text
CREATE TABLE search_items (
    id    INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL,                  -- 'actor', 'event' or 'document'
    ref   TEXT NOT NULL,                  -- actors.id, events.id or documents.id
    title TEXT NOT NULL,                  -- folded (đ/Đ to d/D)
    body  TEXT NOT NULL,                  -- folded (đ/Đ to d/D)
    UNIQUE (kind, ref)
);

INSERT INTO search_items (kind, ref, title, body)
SELECT 'actor', a.id, replace(replace(a.name, 'đ', 'd'), 'Đ', 'D'),
       coalesce((SELECT group_concat(DISTINCT replace(replace(p.office, 'đ', 'd'), 'Đ', 'D'))
                 FROM participants p WHERE p.actor_id = a.id), '')
FROM actors a;

INSERT INTO search_items (kind, ref, title, body)
SELECT 'event', e.id,
       coalesce((SELECT group_concat(replace(replace(a.name || coalesce(' ' || p.office, ''), 'đ', 'd'), 'Đ', 'D'),
                                     ' ')
                 FROM participants p JOIN actors a ON a.id = p.actor_id WHERE p.event_id = e.id), ''),
       replace(replace(e.evidence || coalesce(' ' || e.location, ''), 'đ', 'd'), 'Đ', 'D')
FROM events e;

INSERT INTO search_items (kind, ref, title, body)
SELECT 'document', d.id, replace(replace(coalesce(d.title, ''), 'đ', 'd'), 'Đ', 'D'),
       replace(replace(d.text, 'đ', 'd'), 'Đ', 'D')
FROM documents d;

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, content = 'search_items', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_fts (search_fts) VALUES ('rebuild');

CREATE TRIGGER search_items_ai AFTER INSERT ON search_items BEGIN
    INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER search_items_ad AFTER DELETE ON search_items BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER search_items_au AFTER UPDATE ON search_items BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER actors_search_ai AFTER INSERT ON actors BEGIN
    INSERT INTO search_items (kind, ref, title, body)
    VALUES ('actor', new.id, replace(replace(new.name, 'đ', 'd'), 'Đ', 'D'), '');
END;
CREATE TRIGGER actors_search_au AFTER UPDATE OF name ON actors BEGIN
    UPDATE search_items SET title = replace(replace(new.name, 'đ', 'd'), 'Đ', 'D')
    WHERE kind = 'actor' AND ref = CAST(new.id AS TEXT);
END;
CREATE TRIGGER actors_search_ad AFTER DELETE ON actors BEGIN
    DELETE FROM search_items WHERE kind = 'actor' AND ref = CAST(old.id AS TEXT);
END;

CREATE TRIGGER events_search_ai AFTER INSERT ON events BEGIN
    INSERT INTO search_items (kind, ref, title, body)
    VALUES ('event', new.id, '',
            replace(replace(new.evidence || coalesce(' ' || new.location, ''), 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER events_search_ad AFTER DELETE ON events BEGIN
    DELETE FROM search_items WHERE kind = 'event' AND ref = CAST(old.id AS TEXT);
END;

-- A participant adds its name and office to its event's title, and a new office to its actor's body.
CREATE TRIGGER participants_search_ai AFTER INSERT ON participants BEGIN
    UPDATE search_items
    SET title = ltrim(title || ' ' || (SELECT replace(replace(a.name || coalesce(' ' || new.office, ''),
                                                              'đ', 'd'), 'Đ', 'D')
                                       FROM actors a WHERE a.id = new.actor_id))
    WHERE kind = 'event' AND ref = CAST(new.event_id AS TEXT);
    UPDATE search_items
    SET body = ltrim(body || ',' || replace(replace(new.office, 'đ', 'd'), 'Đ', 'D'), ',')
    WHERE kind = 'actor' AND ref = CAST(new.actor_id AS TEXT) AND new.office IS NOT NULL
      AND instr(',' || body || ',', ',' || replace(replace(new.office, 'đ', 'd'), 'Đ', 'D') || ',') = 0;
END;
-- A participant gone (its event replaced) takes its office off its actor unless another still has it.
CREATE TRIGGER participants_search_ad AFTER DELETE ON participants BEGIN
    UPDATE search_items
    SET body = coalesce((SELECT group_concat(DISTINCT replace(replace(p.office, 'đ', 'd'), 'Đ', 'D'))
                         FROM participants p WHERE p.actor_id = old.actor_id), '')
    WHERE kind = 'actor' AND ref = CAST(old.actor_id AS TEXT) AND old.office IS NOT NULL;
END;

CREATE TRIGGER documents_search_ai AFTER INSERT ON documents BEGIN
    INSERT INTO search_items (kind, ref, title, body)
    VALUES ('document', new.id, replace(replace(coalesce(new.title, ''), 'đ', 'd'), 'Đ', 'D'),
            replace(replace(new.text, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER documents_search_au AFTER UPDATE OF title, text ON documents BEGIN
    UPDATE search_items SET title = replace(replace(coalesce(new.title, ''), 'đ', 'd'), 'Đ', 'D'),
                            body = replace(replace(new.text, 'đ', 'd'), 'Đ', 'D')
    WHERE kind = 'document' AND ref = CAST(new.id AS TEXT);
END;
CREATE TRIGGER documents_search_ad AFTER DELETE ON documents BEGIN
    DELETE FROM search_items WHERE kind = 'document' AND ref = CAST(old.id AS TEXT);
END;
