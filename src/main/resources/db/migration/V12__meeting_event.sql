-- The event a meeting belongs to (issue [claims], analytics count each event once): the meeting at
-- the top of its chain of `part_of_id` (talks within a reception within a state visit belong to the
-- visit); null for a meeting that is part of no other (it is its own event). Kept by
-- claim/ServedValues whenever a meeting's `partOf` is served anew.
alter table meeting add column event_id varchar(120);
create index meeting_event_ix on meeting (event_id);
update meeting set event_id = part_of_id where part_of_id is not null;
