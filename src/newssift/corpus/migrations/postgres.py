"""PostgreSQL migrations: the same tables as SQLite, JSONB analysis, a generated tsvector with GIN."""

from __future__ import annotations

from newssift.corpus.migrations import Migration, split

INITIAL = """
CREATE TABLE articles (
  pk BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  outlet TEXT, url TEXT, published TEXT, day TEXT, week TEXT, language TEXT,
  title TEXT,
  text TEXT NOT NULL,
  duplicate_of BIGINT REFERENCES articles(pk),
  similarity DOUBLE PRECISION,
  minhash BYTEA,
  analysis JSONB NOT NULL,
  ingested_at TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || to_tsvector('english', text)
  ) STORED
)
--;
CREATE INDEX articles_id ON articles(id)
--;
CREATE INDEX articles_outlet_day ON articles(outlet, day)
--;
CREATE INDEX articles_day ON articles(day)
--;
CREATE INDEX articles_duplicate_of ON articles(duplicate_of)
--;
CREATE INDEX articles_tsv ON articles USING GIN (tsv)
--;
CREATE TABLE copies (
  content_hash TEXT NOT NULL, id TEXT NOT NULL, outlet TEXT, url TEXT, published TEXT,
  PRIMARY KEY (content_hash, id)
)
--;
CREATE TABLE lsh (key BIGINT NOT NULL, article_pk BIGINT NOT NULL)
--;
CREATE INDEX lsh_key ON lsh(key)
--;
CREATE TABLE statements (
  article_pk BIGINT NOT NULL REFERENCES articles(pk), sid TEXT, span_start INTEGER, span_end INTEGER,
  text TEXT, type TEXT, score DOUBLE PRECISION, source_id TEXT, source_kind TEXT, source_text TEXT,
  cue_text TEXT, stance TEXT, via_source_id TEXT
)
--;
CREATE INDEX statements_article ON statements(article_pk)
--;
CREATE INDEX statements_kind ON statements(source_kind, article_pk)
--;
CREATE TABLE sources (
  article_pk BIGINT NOT NULL REFERENCES articles(pk), source_id TEXT, name TEXT, norm TEXT, kind TEXT,
  role TEXT, mentions INTEGER, statements INTEGER, entity_id TEXT
)
--;
CREATE INDEX sources_article ON sources(article_pk)
--;
CREATE INDEX sources_norm ON sources(norm)
--;
CREATE INDEX sources_kind ON sources(kind, article_pk)
--;
CREATE TABLE techniques (
  article_pk BIGINT NOT NULL REFERENCES articles(pk), span_start INTEGER, span_end INTEGER, text TEXT,
  label TEXT, score DOUBLE PRECISION, voice TEXT, statement TEXT
)
--;
CREATE INDEX techniques_article ON techniques(article_pk)
--;
CREATE INDEX techniques_label ON techniques(label, article_pk)
--;
CREATE TABLE entities (
  article_pk BIGINT NOT NULL REFERENCES articles(pk), span_start INTEGER, span_end INTEGER, text TEXT,
  label TEXT, score DOUBLE PRECISION, entity_id TEXT, name TEXT, norm TEXT
)
--;
CREATE INDEX entities_article ON entities(article_pk)
--;
CREATE INDEX entities_norm ON entities(norm, article_pk)
--;
CREATE TABLE quantities (
  article_pk BIGINT NOT NULL REFERENCES articles(pk), idx INTEGER, span_start INTEGER, span_end INTEGER,
  text TEXT, label TEXT, score DOUBLE PRECISION, value DOUBLE PRECISION, low DOUBLE PRECISION,
  high DOUBLE PRECISION, unit TEXT, currency TEXT, approx INTEGER, rate TEXT
)
--;
CREATE INDEX quantities_article ON quantities(article_pk)
--;
CREATE TABLE claims (
  article_pk BIGINT NOT NULL REFERENCES articles(pk), rank INTEGER, span_start INTEGER,
  span_end INTEGER, text TEXT, score DOUBLE PRECISION, sentence INTEGER, statement TEXT,
  source_id TEXT, source_kind TEXT, source_name TEXT, entities TEXT, figures TEXT, vector BYTEA
)
--;
CREATE INDEX claims_article ON claims(article_pk)
"""

# 0002: a technique finding's basis (span, paragraph or repetition; NULL for rows stored before it)
TECHNIQUE_BASIS = "ALTER TABLE techniques ADD COLUMN basis TEXT"

MIGRATIONS: list[Migration] = [Migration("0001_initial", split(INITIAL)),
                               Migration("0002_technique_basis", (TECHNIQUE_BASIS,))]
