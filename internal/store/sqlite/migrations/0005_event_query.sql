-- A spatial index of located events: an R*Tree of their points (as
-- degenerate boxes) carrying the sort date, so a map-box or radius query
-- can count and fetch the events of an area without scanning a latitude
-- band of the (lat, lon) index. Triggers keep it in step with events.
CREATE VIRTUAL TABLE events_rtree USING rtree(seq, min_lat, max_lat, min_lon, max_lon, +sort_date);
INSERT INTO events_rtree(seq, min_lat, max_lat, min_lon, max_lon, sort_date)
	SELECT seq, lat, lat, lon, lon, sort_date FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL;
CREATE TRIGGER events_rtree_insert AFTER INSERT ON events
	WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL
BEGIN
	INSERT INTO events_rtree(seq, min_lat, max_lat, min_lon, max_lon, sort_date)
		VALUES (new.seq, new.lat, new.lat, new.lon, new.lon, new.sort_date);
END;
CREATE TRIGGER events_rtree_delete AFTER DELETE ON events
BEGIN
	DELETE FROM events_rtree WHERE seq = old.seq;
END;
CREATE TRIGGER events_rtree_update AFTER UPDATE OF seq, lat, lon, sort_date ON events
BEGIN
	DELETE FROM events_rtree WHERE seq = old.seq;
	INSERT INTO events_rtree(seq, min_lat, max_lat, min_lon, max_lon, sort_date)
		SELECT new.seq, new.lat, new.lat, new.lon, new.lon, new.sort_date
		WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
END;

-- Type and country together, the commonest pair of filters: without it a
-- query walks one of the two indexes and reads every row to test the other.
CREATE INDEX events_country_type ON events(country, type, sort_date);
