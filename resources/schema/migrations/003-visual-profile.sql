-- Schema version 3: the plan's visual profile. A short title (stikktittel)
-- and an accent colour ("" or "#rrggbb") in the settings, and the logo and
-- the cover picture, their bytes inside the file, each with its alternative
-- text (the cover picture's photo credit is plan_info.photo_credit).
ALTER TABLE plan_info ADD COLUMN short_title TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_info ADD COLUMN accent_colour TEXT NOT NULL DEFAULT '';

CREATE TABLE plan_picture (
    id INTEGER PRIMARY KEY,
    role TEXT NOT NULL UNIQUE CHECK (role IN ('logo', 'cover')),
    type TEXT NOT NULL CHECK (type IN ('image/png', 'image/jpeg', 'image/svg+xml')),
    data BLOB NOT NULL,
    alt TEXT NOT NULL DEFAULT ''
);
