-- Numbered 4, not 2: main holds V2 (article title order) and V3 (place enclosure); this follows them.
-- Indexes for a graph of a million meetings (checked with the synthetic graph of the benchmark).
--
-- H2 indexes the referencing columns of every foreign key itself (CONSTRAINT_INDEX_*), so each of
-- these single-column indexes of V1 was a second, identical index on the same column: every insert
-- maintained both, and they only doubled the write cost and the size of the file. The foreign-key
-- indexes serve the same lookups (the batch loaders' "where x_id in (...)").
drop index if exists agreement_meeting_ix;
drop index if exists agreement_party_agreement_ix;
drop index if exists agreement_party_organisation_ix;
drop index if exists agreement_party_country_ix;
drop index if exists evidence_article_ix;
drop index if exists meeting_country_ix;
drop index if exists meeting_place_ix;
drop index if exists meeting_organisation_organisation_ix;
drop index if exists organisation_country_ix;
drop index if exists organisation_parent_ix;
drop index if exists participant_person_ix;
drop index if exists participant_capacity_ix;
drop index if exists person_position_person_ix;
drop index if exists person_position_organisation_ix;
drop index if exists signatory_agreement_ix;
drop index if exists signatory_person_ix;

-- The keyset orders of the root connections are served by V1's (sort key, id) indexes: a page
-- reads an index range from the cursor on (system/KeysetPager bounds the key so that H2 starts the
-- range there). The nested Person.meetings connection joins a person's participations to their
-- meetings: covering (person_id, meeting_id) reads them from the index alone.
create index participant_person_meeting_ix on participant (person_id, meeting_id);
