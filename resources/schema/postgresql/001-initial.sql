-- Planverk on a PostgreSQL server (docs/team.md), server schema version 1.
-- A database holds several plans; every row belongs to one plan.
--
-- planverk_schema: one row, this program's name and the schema version the
-- migrations have reached (the server's PRAGMA application_id and user_version).
CREATE TABLE planverk_schema (
    application text NOT NULL CHECK (application = 'planverk'),
    version integer NOT NULL
);
INSERT INTO planverk_schema (application, version) VALUES ('planverk', 0);

-- A plan: its name (unique in the database) and everything that is not an
-- entry (settings, pictures, reporting periods, status reports) as the JSON
-- file format writes it without the entries' lists (store/serverrows.h).
CREATE TABLE plan (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    head json NOT NULL,
    row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);

-- An entry (section, goal, theme, ... amendment): its own fields and links as
-- a JSON object of the file format, without its sub-entries, which are rows
-- of their own under it; ordered by position among its siblings. row_version
-- counts its changes: an edit applies only to the version its editor saw.
CREATE TABLE plan_entry (
    plan bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    uuid text NOT NULL CHECK (length(uuid) = 36),
    kind text NOT NULL,
    parent text,
    position integer NOT NULL CHECK (position >= 0),
    data json NOT NULL,
    row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    PRIMARY KEY (plan, uuid),
    FOREIGN KEY (plan, parent) REFERENCES plan_entry (plan, uuid) ON DELETE CASCADE
);
CREATE INDEX plan_entry_order ON plan_entry (plan, parent, position);

-- The plan's versions, as in a plan file (plan_version there): the plan as
-- its compressed JSON export, in the order they were made (seq).
CREATE TABLE plan_version (
    plan bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    seq bigint GENERATED ALWAYS AS IDENTITY,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created text NOT NULL CHECK (length(created) = 20),
    status text NOT NULL CHECK (status IN ('started', 'draft', 'consultation', 'adopted', 'archived')),
    note text NOT NULL DEFAULT '',
    data bytea NOT NULL,
    PRIMARY KEY (plan, seq),
    UNIQUE (plan, name)
);

-- Every committed change of a plan's entries is announced on the channel
-- planverk_plan_<plan id> (lower case: QPSQL quotes channel names) with a
-- small payload, never data: "<uuid> <row_version>" for an entry written,
-- "<uuid> 0" for one removed, "plan <row_version>" for the plan's own row.
-- Editors that have the plan open LISTEN and reload what changed.
CREATE FUNCTION planverk_notify_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('planverk_plan_' || OLD.plan, OLD.uuid || ' 0');
        RETURN OLD;
    END IF;
    PERFORM pg_notify('planverk_plan_' || NEW.plan, NEW.uuid || ' ' || NEW.row_version);
    RETURN NEW;
END $$;
CREATE TRIGGER plan_entry_notify AFTER INSERT OR UPDATE OR DELETE ON plan_entry
    FOR EACH ROW EXECUTE FUNCTION planverk_notify_entry();

CREATE FUNCTION planverk_notify_plan() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('planverk_plan_' || NEW.id, 'plan ' || NEW.row_version);
    RETURN NEW;
END $$;
CREATE TRIGGER plan_notify AFTER UPDATE ON plan
    FOR EACH ROW EXECUTE FUNCTION planverk_notify_plan();
