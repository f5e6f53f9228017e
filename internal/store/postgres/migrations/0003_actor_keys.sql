-- Each event's actor keys (events.actor_keys) one a row, in byte order, so
-- that actor search by id or name prefix is a range scan of one index
-- rather than an unnest of every event. Rows go with their event.

CREATE TABLE event_actor_keys (
	key       text COLLATE "C" NOT NULL,
	event_seq bigint NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
	PRIMARY KEY (key, event_seq)
);
CREATE INDEX event_actor_keys_event ON event_actor_keys(event_seq);

INSERT INTO event_actor_keys(key, event_seq)
	SELECT DISTINCT k, e.seq FROM events e CROSS JOIN LATERAL unnest(e.actor_keys) k;
