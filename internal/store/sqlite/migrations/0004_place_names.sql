-- Place search by name prefix.
CREATE INDEX places_name ON places(name);
