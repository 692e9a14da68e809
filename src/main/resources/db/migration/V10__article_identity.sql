-- Article identity and serialised writes (issue [claims], items 4 and 6).

-- An article is stored once: by its URL when it has one, and by its text compared in Unicode NFC
-- with every run of white space one space (article/ArticleIdentity). text_key and url_key are the
-- SHA-256 (hex) of those normal forms, hashes so that a unique index holds them whatever the length
-- of the text or URL (PostgreSQL refuses index entries over 2,704 bytes). Written by the Article
-- entity itself, so by the corpus loader, ingestArticle and the ingest replay alike; url_key is
-- null without a URL (unique constraints let several nulls be).
alter table article add column text_key varchar(64);
alter table article add column url_key varchar(64);
alter table article add constraint article_text_key_uk unique (text_key);
alter table article add constraint article_url_key_uk unique (url_key);

-- The rows stored before this migration get their keys when the corpus loader rewrites the graph
-- at the next start-up (the normal forms need Java's Unicode tables, not SQL): forgetting the
-- stored corpus's fingerprint makes it rewrite even an unchanged corpus, and the ingested articles
-- are ingested again onto it (ingest/IngestReplay), except one whose text or URL is an article's
-- stored before it, which is skipped with a warning: never stored twice.
delete from corpus_state;

-- One row that every write transaction updates first thing (audit/WriteLock), so that writes run
-- one after the other: a second writer waits on the row lock until the first commits or rolls
-- back, and at READ COMMITTED (H2's and PostgreSQL's default) then sees what the first wrote, e.g.
-- the organisation a concurrent ingest created, rather than creating it twice.
create table write_lock (
    id       integer not null primary key,
    version  bigint  not null
);

insert into write_lock (id, version) values (1, 0);
