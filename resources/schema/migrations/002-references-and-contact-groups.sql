-- Schema version 2: references to regional plans and other documents, and a
-- group heading for contacts ("Politisk og administrativ ledelse", "Sekretærer").
ALTER TABLE contact ADD COLUMN "group" TEXT NOT NULL DEFAULT '';

CREATE TABLE reference (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent TEXT CHECK (parent IS NULL),
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
