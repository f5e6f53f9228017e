-- API tokens (stored as SHA-256 of the token, never the token itself) and
-- analysts' corrections of events: the original coding stays in events;
-- each change is appended to event_changes with who, when and what.

CREATE TABLE tokens (
	hash      TEXT PRIMARY KEY,          -- hex SHA-256 of the token
	role      TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
	name      TEXT NOT NULL DEFAULT '',
	created   INTEGER NOT NULL,
	last_used INTEGER                    -- NULL until first use
) STRICT;

CREATE TABLE event_changes (
	seq      INTEGER PRIMARY KEY,
	event_id TEXT NOT NULL,
	action   TEXT NOT NULL CHECK (action IN ('correct', 'delete')),
	who      TEXT NOT NULL,
	at       INTEGER NOT NULL,
	json     TEXT NOT NULL DEFAULT '',   -- the corrected marsad.Event; '' for a deletion
	note     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX event_changes_event ON event_changes(event_id, seq);
CREATE INDEX event_changes_at ON event_changes(at, seq);
