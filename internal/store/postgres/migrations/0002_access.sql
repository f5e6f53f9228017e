-- API tokens (stored as the hex SHA-256 of the token, never the token
-- itself) and analysts' changes of events: the original coding stays in
-- events; each correction or deletion is appended to event_changes with
-- who, when and what. Lookups by public event id and place-name prefix.

CREATE TABLE tokens (
	hash      text PRIMARY KEY,
	role      text NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
	name      text NOT NULL DEFAULT '',
	created   bigint NOT NULL,
	last_used bigint              -- NULL until first use
);

CREATE TABLE event_changes (
	seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	event_id text NOT NULL,
	action   text NOT NULL CHECK (action IN ('correct', 'delete')),
	who      text NOT NULL,
	at       bigint NOT NULL,
	json     jsonb,               -- the corrected marsad.Event; NULL for a deletion
	note     text NOT NULL DEFAULT ''
);
CREATE INDEX event_changes_event ON event_changes(event_id, seq);
CREATE INDEX event_changes_at ON event_changes(at, seq);

CREATE INDEX events_event_id ON events(event_id);
-- Place search by name prefix (byte order, so a range is a prefix).
CREATE INDEX places_name ON places(name COLLATE "C");
