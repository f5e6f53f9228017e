-- Marsad SQLite schema, version 1. Times are Unix nanoseconds (UTC).

-- A story groups reports of one happening: an article and its near-duplicates.
CREATE TABLE stories (
	id         TEXT PRIMARY KEY,    -- the id of the story's first article
	first_time INTEGER NOT NULL,
	last_time  INTEGER NOT NULL,
	articles   INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE articles (
	seq           INTEGER PRIMARY KEY, -- rowid: FTS rowid and compact foreign key
	id            TEXT NOT NULL UNIQUE,
	external_id   TEXT NOT NULL DEFAULT '',
	url           TEXT NOT NULL DEFAULT '',
	canonical_url TEXT NOT NULL DEFAULT '',
	source        TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	author        TEXT NOT NULL DEFAULT '',
	published     INTEGER,             -- NULL when unknown
	fetched       INTEGER,
	sort_time     INTEGER NOT NULL,    -- published, else fetched, else 0: the "newest first" key
	lang          TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL,
	content_hash  TEXT NOT NULL UNIQUE,
	simhash       INTEGER NOT NULL,    -- the uint64 fingerprint stored as int64 bits
	story_id      TEXT NOT NULL REFERENCES stories(id)
) STRICT;
CREATE UNIQUE INDEX articles_canonical_url ON articles(canonical_url) WHERE canonical_url <> '';
CREATE INDEX articles_newest ON articles(sort_time DESC, id DESC);
CREATE INDEX articles_source_newest ON articles(source, sort_time DESC, id DESC);
CREATE INDEX articles_story ON articles(story_id);

-- LSH bands of each article's SimHash (internal/cluster.BandValues):
-- key = band number * 2^BandBits + band value. The fingerprint is repeated
-- so that the candidate scan reads this index only.
CREATE TABLE article_bands (
	key         INTEGER NOT NULL,
	sort_time   INTEGER NOT NULL,
	article_seq INTEGER NOT NULL REFERENCES articles(seq),
	simhash     INTEGER NOT NULL,
	PRIMARY KEY (key, sort_time, article_seq)
) STRICT, WITHOUT ROWID;

-- Full-text index: rowid = articles.seq; terms = the title and text, each
-- word replaced by its normalised clitic-stripped stems (arabic.Stems).
CREATE VIRTUAL TABLE articles_fts USING fts5(
	terms,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 0'
);

-- analyses marks that an article was analysed (possibly finding nothing).
CREATE TABLE analyses (
	article_id TEXT PRIMARY KEY REFERENCES articles(id),
	stored     INTEGER NOT NULL
) STRICT;

CREATE TABLE entities (
	article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
	ord        INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	type       TEXT NOT NULL,
	text       TEXT NOT NULL,
	actor_id   TEXT NOT NULL DEFAULT '',
	json       TEXT NOT NULL,
	PRIMARY KEY (article_id, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor_id) WHERE actor_id <> '';

CREATE TABLE places (
	article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
	ord        INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	name       TEXT NOT NULL,
	lat        REAL NOT NULL,
	lon        REAL NOT NULL,
	country    TEXT NOT NULL DEFAULT '',
	json       TEXT NOT NULL,
	PRIMARY KEY (article_id, ord)
) STRICT, WITHOUT ROWID;

CREATE TABLE quotes (
	article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
	ord        INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	speaker_id TEXT NOT NULL DEFAULT '',
	json       TEXT NOT NULL,
	PRIMARY KEY (article_id, ord)
) STRICT, WITHOUT ROWID;

CREATE TABLE events (
	seq            INTEGER PRIMARY KEY,
	article_id     TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
	ord            INTEGER NOT NULL,
	event_id       TEXT NOT NULL,
	type           TEXT NOT NULL,
	mode           TEXT NOT NULL DEFAULT '',
	aux            TEXT NOT NULL DEFAULT '',
	date           TEXT NOT NULL DEFAULT '',  -- the event's own date, YYYY-MM-DD or ''
	sort_date      TEXT NOT NULL DEFAULT '',  -- date, else the article's publication day
	actor_id       TEXT NOT NULL DEFAULT '',
	actor_name     TEXT NOT NULL DEFAULT '',
	recipient_id   TEXT NOT NULL DEFAULT '',
	recipient_name TEXT NOT NULL DEFAULT '',
	country        TEXT NOT NULL DEFAULT '',  -- location's country, else the actor's
	lat            REAL,
	lon            REAL,
	confidence     REAL NOT NULL,
	source         TEXT NOT NULL DEFAULT '',  -- the article's source
	json           TEXT NOT NULL,             -- the whole marsad.Event
	UNIQUE (article_id, ord)
) STRICT;
CREATE INDEX events_newest ON events(sort_date DESC, seq DESC);
CREATE INDEX events_type ON events(type, sort_date);
CREATE INDEX events_country ON events(country, sort_date);
CREATE INDEX events_source ON events(source, sort_date);
CREATE INDEX events_geo ON events(lat, lon) WHERE lat IS NOT NULL;

-- Keys under which an event's actor and recipient are found: "id:" + actor
-- id, "n:" + normalised name, canonical name, English name or alias.
CREATE TABLE event_actors (
	key       TEXT NOT NULL,
	event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
	role      TEXT NOT NULL,  -- actor or recipient
	PRIMARY KEY (key, event_seq, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_actors_event ON event_actors(event_seq);

CREATE TABLE event_evidence (
	event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
	ord       INTEGER NOT NULL,
	start     INTEGER NOT NULL,
	"end"     INTEGER NOT NULL,
	PRIMARY KEY (event_seq, ord)
) STRICT, WITHOUT ROWID;
