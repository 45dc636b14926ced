"""SQLite migrations: tables for articles and every finding layer, FTS5 over title and text."""

from __future__ import annotations

from newssift.corpus.migrations import Migration, split

INITIAL = """
CREATE TABLE articles (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  outlet TEXT, url TEXT, published TEXT, day TEXT, week TEXT, language TEXT,
  title TEXT,
  text TEXT NOT NULL,
  duplicate_of INTEGER REFERENCES articles(pk),
  similarity REAL,
  minhash BLOB,
  analysis BLOB NOT NULL,
  ingested_at TEXT NOT NULL
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
CREATE TABLE copies (
  content_hash TEXT NOT NULL, id TEXT NOT NULL, outlet TEXT, url TEXT, published TEXT,
  PRIMARY KEY (content_hash, id)
)
--;
CREATE TABLE lsh (key INTEGER NOT NULL, article_pk INTEGER NOT NULL)
--;
CREATE INDEX lsh_key ON lsh(key)
--;
CREATE TABLE statements (
  article_pk INTEGER NOT NULL REFERENCES articles(pk), sid TEXT, span_start INTEGER, span_end INTEGER,
  text TEXT, type TEXT, score REAL, source_id TEXT, source_kind TEXT, source_text TEXT, cue_text TEXT,
  stance TEXT, via_source_id TEXT
)
--;
CREATE INDEX statements_article ON statements(article_pk)
--;
CREATE INDEX statements_kind ON statements(source_kind, article_pk)
--;
CREATE TABLE sources (
  article_pk INTEGER NOT NULL REFERENCES articles(pk), source_id TEXT, name TEXT, norm TEXT, kind TEXT,
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
  article_pk INTEGER NOT NULL REFERENCES articles(pk), span_start INTEGER, span_end INTEGER, text TEXT,
  label TEXT, score REAL, voice TEXT, statement TEXT
)
--;
CREATE INDEX techniques_article ON techniques(article_pk)
--;
CREATE INDEX techniques_label ON techniques(label, article_pk)
--;
CREATE TABLE entities (
  article_pk INTEGER NOT NULL REFERENCES articles(pk), span_start INTEGER, span_end INTEGER, text TEXT,
  label TEXT, score REAL, entity_id TEXT, name TEXT, norm TEXT
)
--;
CREATE INDEX entities_article ON entities(article_pk)
--;
CREATE INDEX entities_norm ON entities(norm, article_pk)
--;
CREATE TABLE quantities (
  article_pk INTEGER NOT NULL REFERENCES articles(pk), idx INTEGER, span_start INTEGER, span_end INTEGER,
  text TEXT, label TEXT, score REAL, value REAL, low REAL, high REAL, unit TEXT, currency TEXT,
  approx INTEGER, rate TEXT
)
--;
CREATE INDEX quantities_article ON quantities(article_pk)
--;
CREATE TABLE claims (
  article_pk INTEGER NOT NULL REFERENCES articles(pk), rank INTEGER, span_start INTEGER,
  span_end INTEGER, text TEXT, score REAL, sentence INTEGER, statement TEXT, source_id TEXT,
  source_kind TEXT, source_name TEXT, entities TEXT, figures TEXT, vector BLOB
)
--;
CREATE INDEX claims_article ON claims(article_pk)
--;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='pk', tokenize='porter unicode61'
)
--;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END
--;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
END
"""

# 0002: a technique finding's basis (span, paragraph or repetition; NULL for rows stored before it)
TECHNIQUE_BASIS = "ALTER TABLE techniques ADD COLUMN basis TEXT"

MIGRATIONS: list[Migration] = [Migration("0001_initial", split(INITIAL)),
                               Migration("0002_technique_basis", (TECHNIQUE_BASIS,))]
