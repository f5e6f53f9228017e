-- Events are looked up by their public id for corrections and detail pages.
CREATE INDEX events_event_id ON events(event_id);
