-- Schema version 4: versions. A version is a named, dated, read-only copy of
-- the whole plan, kept in the file beside it: its name (unique in the plan),
-- when it was made (UTC, "YYYY-MM-DDTHH:MM:SSZ"), the plan's status then, a
-- note, and the plan itself as its JSON export (docs/file-format.md, without
-- versions) compressed with zlib (Qt's qCompress: a 4-byte big-endian length,
-- then the zlib stream). Versions are listed in the order they were made (id).
-- Nothing edits or prunes a version.
CREATE TABLE plan_version (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    created TEXT NOT NULL CHECK (length(created) = 20),
    status TEXT NOT NULL CHECK (status IN ('started', 'draft', 'consultation', 'adopted', 'archived')),
    note TEXT NOT NULL DEFAULT '',
    plan BLOB NOT NULL
);
