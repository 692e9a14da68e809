-- The `places` and `countries` connections (issue [explore]) order by name, ignoring case and
-- diacritics, with keyset cursors as the other root connections: name_key is the folded name
-- (model/Names.fold), written by the Place and Country entities themselves, so by the corpus loader,
-- ingestArticle and the replays alike. Names never change once stored (a merge keeps the kept
-- record's name and makes the other an alias), so the key needs no upkeep.
alter table place add column name_key varchar(200);
alter table country add column name_key varchar(200);

-- Rows stored before this migration: lower case for now; folding the diacritics needs Java's
-- Unicode tables, not SQL, so, as V10 did, forgetting the stored corpus's fingerprint makes the
-- loader rewrite the graph (and replay ingested articles and curation onto it) at the next start-up.
update place set name_key = lower(name);
update country set name_key = lower(name);
alter table place alter column name_key set not null;
alter table country alter column name_key set not null;
delete from corpus_state;

create index place_name_ix on place (name_key, id);
create index country_name_ix on country (name_key, id);
