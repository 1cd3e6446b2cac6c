-- Follow-up of an adopted plan (model/followup.h): reporting periods, a status
-- report per action and period, indicators on goals and sub-goals with their
-- targets per year and values per period. Reports and indicators refer to their
-- action, goal and period by UUID without a foreign key: they outlive a deleted
-- action or goal (an undo brings it back) and `check` reports them meanwhile.
CREATE TABLE reporting_period (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    closing_date TEXT NOT NULL DEFAULT '',
    closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
);

CREATE TABLE status_report (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    action TEXT NOT NULL,
    period TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'not-started'
        CHECK (status IN ('not-started', 'on-track', 'delayed', 'done', 'cancelled')),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    comment TEXT NOT NULL DEFAULT '',
    reported_by TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    UNIQUE (action, period)
);

CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    goal TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
    baseline_value REAL,
    baseline_year INTEGER
);

CREATE TABLE indicator_target (
    indicator TEXT NOT NULL REFERENCES indicator (uuid) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (indicator, year)
) WITHOUT ROWID;

CREATE TABLE indicator_value (
    indicator TEXT NOT NULL REFERENCES indicator (uuid) ON DELETE CASCADE,
    period TEXT NOT NULL,
    position INTEGER NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (indicator, period)
) WITHOUT ROWID;
