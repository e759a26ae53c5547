-- What each failure stopped, so that a later success clears only what it answers (sukien.run):
--   input:   reading, cleaning or storing an input, recorded at the input (file, file:line, with
--            ' (document id)' after it when one is known); cleared when that input is read again
--   extract: extracting a stored document, recorded at its id; cleared when it is extracted
ALTER TABLE failures ADD COLUMN stage TEXT NOT NULL DEFAULT 'input';
UPDATE failures SET stage = 'extract' WHERE reason LIKE 'extraction failed:%';
