-- Marsad PostgreSQL schema, version 1. Times are Unix nanoseconds (UTC) in
-- bigint, as timestamptz keeps only microseconds. Keys that order pages
-- (ids, dates) use the "C" collation: byte order, as in the SQLite engine.

-- A story groups reports of one happening: an article and its near-duplicates.
CREATE TABLE stories (
	id         text COLLATE "C" PRIMARY KEY, -- the id of the story's first article
	first_time bigint NOT NULL,
	last_time  bigint NOT NULL,
	articles   integer NOT NULL DEFAULT 0
);

CREATE TABLE articles (
	seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id            text COLLATE "C" NOT NULL UNIQUE,
	external_id   text NOT NULL DEFAULT '',
	url           text NOT NULL DEFAULT '',
	canonical_url text NOT NULL DEFAULT '',
	source        text NOT NULL DEFAULT '',
	title         text NOT NULL DEFAULT '',
	author        text NOT NULL DEFAULT '',
	published     bigint,           -- NULL when unknown
	fetched       bigint,
	sort_time     bigint NOT NULL,  -- published, else fetched, else 0: the "newest first" key
	lang          text NOT NULL DEFAULT '',
	text          text NOT NULL,
	content_hash  text NOT NULL UNIQUE,
	simhash       bigint NOT NULL,  -- the uint64 fingerprint stored as int64 bits
	-- Checked at commit: a new story's row is written after its article's,
	-- once the article's insert has won its unique constraints.
	story_id      text COLLATE "C" NOT NULL REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED,
	-- The title and text, each word replaced by its normalised
	-- clitic-stripped stems (storetext.IndexTerms), lexemes verbatim.
	terms         tsvector NOT NULL
);
CREATE UNIQUE INDEX articles_canonical_url ON articles(canonical_url) WHERE canonical_url <> '';
CREATE INDEX articles_newest ON articles(sort_time DESC, id DESC);
CREATE INDEX articles_source_newest ON articles(source, sort_time DESC, id DESC);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_terms ON articles USING gin(terms);

-- LSH bands of each article's SimHash (internal/cluster.BandValues):
-- key = band number * 2^BandBits + band value. The fingerprint is repeated
-- so that the candidate scan reads this table only.
CREATE TABLE article_bands (
	key         integer NOT NULL,
	sort_time   bigint NOT NULL,
	article_seq bigint NOT NULL REFERENCES articles(seq),
	simhash     bigint NOT NULL,
	PRIMARY KEY (key, sort_time, article_seq)
);
CREATE INDEX article_bands_article ON article_bands(article_seq);

-- analyses marks that an article was analysed (possibly finding nothing).
CREATE TABLE analyses (
	article_id text COLLATE "C" PRIMARY KEY REFERENCES articles(id),
	stored     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE entities (
	article_id text COLLATE "C" NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
	ord        integer NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	type       text NOT NULL,
	text       text NOT NULL,
	actor_id   text NOT NULL DEFAULT '',
	json       jsonb NOT NULL,
	PRIMARY KEY (article_id, ord)
);
CREATE INDEX entities_actor ON entities(actor_id) WHERE actor_id <> '';

CREATE TABLE places (
	article_id text COLLATE "C" NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
	ord        integer NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	name       text NOT NULL,
	lat        double precision NOT NULL,
	lon        double precision NOT NULL,
	country    text NOT NULL DEFAULT '',
	json       jsonb NOT NULL,
	PRIMARY KEY (article_id, ord)
);

CREATE TABLE quotes (
	article_id text COLLATE "C" NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
	ord        integer NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	speaker_id text NOT NULL DEFAULT '',
	json       jsonb NOT NULL,
	PRIMARY KEY (article_id, ord)
);

CREATE TABLE events (
	seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id     text COLLATE "C" NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
	ord            integer NOT NULL,
	event_id       text NOT NULL,
	type           text NOT NULL,
	mode           text NOT NULL DEFAULT '',
	aux            text NOT NULL DEFAULT '',
	date           text COLLATE "C" NOT NULL DEFAULT '',  -- the event's own date, YYYY-MM-DD or ''
	sort_date      text COLLATE "C" NOT NULL DEFAULT '',  -- date, else the article's publication day
	actor_id       text NOT NULL DEFAULT '',
	actor_name     text NOT NULL DEFAULT '',
	recipient_id   text NOT NULL DEFAULT '',
	recipient_name text NOT NULL DEFAULT '',
	-- Keys under which the actor and recipient are found
	-- (storetext.ActorKeys): "id:" + actor id, "n:" + a normalised name.
	actor_keys     text[] NOT NULL DEFAULT '{}',
	country        text NOT NULL DEFAULT '',  -- location's country, else the actor's
	lat            double precision,
	lon            double precision,
	confidence     double precision NOT NULL,
	source         text NOT NULL DEFAULT '',  -- the article's source
	json           jsonb NOT NULL,            -- the whole marsad.Event
	UNIQUE (article_id, ord)
);
CREATE INDEX events_newest ON events(sort_date DESC, seq DESC);
CREATE INDEX events_type ON events(type, sort_date DESC, seq DESC);
CREATE INDEX events_country ON events(country, sort_date DESC, seq DESC);
CREATE INDEX events_source ON events(source, sort_date DESC, seq DESC);
CREATE INDEX events_actor_keys ON events USING gin(actor_keys);
CREATE INDEX events_geo ON events(lat, lon) WHERE lat IS NOT NULL;
