-- Planverk plan file, schema version 1.
-- Entities are keyed by their UUID for references; "position" orders siblings.
CREATE TABLE plan_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL DEFAULT '',
    subtitle TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    plan_type TEXT NOT NULL DEFAULT 'strategy',
    period_start INTEGER,
    period_end INTEGER,
    status TEXT NOT NULL DEFAULT 'draft',
    language TEXT NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'nn', 'en')),
    document_type TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    adopted_by TEXT NOT NULL DEFAULT '',
    adopted_date TEXT NOT NULL DEFAULT '',
    case_number TEXT NOT NULL DEFAULT '',
    photo_credit TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT ''
);
INSERT INTO plan_info (id) VALUES (1);

CREATE TABLE section (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent TEXT REFERENCES section (uuid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT ''
);
CREATE INDEX section_order ON section (parent, position);

CREATE TABLE theme (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent TEXT CHECK (parent IS NULL),
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE goal (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent TEXT REFERENCES goal (uuid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX goal_order ON goal (parent, position);

CREATE TABLE goal_themes (
    owner TEXT NOT NULL REFERENCES goal (uuid) ON DELETE CASCADE,
    target TEXT NOT NULL REFERENCES theme (uuid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (owner, target)
) WITHOUT ROWID;
CREATE INDEX goal_themes_target ON goal_themes (target);

CREATE TABLE goal_sdgs (
    owner TEXT NOT NULL REFERENCES goal (uuid) ON DELETE CASCADE,
    target INTEGER NOT NULL CHECK (target BETWEEN 1 AND 17),
    position INTEGER NOT NULL,
    PRIMARY KEY (owner, target)
) WITHOUT ROWID;

CREATE TABLE instrument (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent TEXT CHECK (parent IS NULL),
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE membership (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent TEXT CHECK (parent IS NULL),
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    acronym TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT 'political',
    description TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT ''
);

CREATE TABLE membership_goals (
    owner TEXT NOT NULL REFERENCES membership (uuid) ON DELETE CASCADE,
    target TEXT NOT NULL REFERENCES goal (uuid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (owner, target)
) WITHOUT ROWID;
CREATE INDEX membership_goals_target ON membership_goals (target);

CREATE TABLE partnership (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent TEXT CHECK (parent IS NULL),
    position INTEGER NOT NULL,
    partner TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    intermediary TEXT NOT NULL DEFAULT '',
    since TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent TEXT CHECK (parent IS NULL),
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    deadline TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    budget INTEGER
);

CREATE TABLE action_goals (
    owner TEXT NOT NULL REFERENCES action (uuid) ON DELETE CASCADE,
    target TEXT NOT NULL REFERENCES goal (uuid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (owner, target)
) WITHOUT ROWID;
CREATE INDEX action_goals_target ON action_goals (target);

CREATE TABLE processing (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent TEXT CHECK (parent IS NULL),
    position INTEGER NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    case_number TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT ''
);

CREATE TABLE amendment (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent TEXT NOT NULL REFERENCES processing (uuid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    proposers TEXT NOT NULL DEFAULT '',
    presented_by TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    votes_for INTEGER,
    votes_against INTEGER,
    votes_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX amendment_order ON amendment (parent, position);

CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent TEXT CHECK (parent IS NULL),
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);
