-- PostgreSQL's half of V4 (H2's is in db/vendor/h2): PostgreSQL does not index the referencing
-- columns of a foreign key itself, so V1's single-column indexes on them stay; only the covering
-- index of the nested Person.meetings connection is added, as on H2.
create index participant_person_meeting_ix on participant (person_id, meeting_id);
