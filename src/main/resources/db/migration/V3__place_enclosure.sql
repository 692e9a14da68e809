-- Every place with the places it lies within, at any depth, and itself: the `place` filter of
-- meetings finds a meeting in a hall within a palace within a city by the city, with one join.
-- The corpus loader writes it with the places; this fills it in for a graph stored before.
create table place_enclosure (
    place_id      varchar(120) not null references place (id),
    enclosing_id  varchar(120) not null references place (id),
    primary key (place_id, enclosing_id)
);

create index place_enclosure_enclosing_ix on place_enclosure (enclosing_id, place_id);

insert into place_enclosure (place_id, enclosing_id)
with recursive enclosure (place_id, enclosing_id) as (
    select id, id from place
    union all
    select e.place_id, p.within_id from enclosure e join place p on p.id = e.enclosing_id
    where p.within_id is not null
)
select distinct place_id, enclosing_id from enclosure;
