-- The knowledge graph: articles, the entities they mention, and the evidence that ties every fact
-- to the exact words of an article. Entity ids are slugs chosen by annotators (stable across
-- reloads); partial dates are stored as their ISO text plus the inclusive range they denote, and
-- ordered by *_sort keys: day numbers with unknown dates last (see PartialDate.sortKey).

create table article (
    id                  varchar(120)  not null primary key,
    content_hash        varchar(64)   not null,
    file_name           varchar(200),
    title               varchar(500),
    title_key           varchar(500)  not null,
    publisher           varchar(200),
    published_on        varchar(10),
    published_on_from   date,
    published_on_until  date,
    published_sort      bigint          not null,
    published_sort_desc bigint          not null,
    language            varchar(20)   not null,
    url                 varchar(2000),
    text                text          not null,
    constraint article_content_hash_uk unique (content_hash)
);

create index article_published_ix on article (published_sort, id);
create index article_published_desc_ix on article (published_sort_desc, id);
create index article_title_ix on article (title_key, id);

create table country (
    id    varchar(120) not null primary key,
    name  varchar(200) not null,
    code  varchar(2)
);

create table country_alias (
    country_id  varchar(120) not null references country (id),
    ordinal     integer      not null,
    alias       varchar(200) not null,
    primary key (country_id, ordinal)
);

create table place (
    id          varchar(120) not null primary key,
    name        varchar(200) not null,
    kind        varchar(30)  not null,
    country_id  varchar(120) references country (id),
    within_id   varchar(120) references place (id)
);

create table place_alias (
    place_id  varchar(120) not null references place (id),
    ordinal   integer      not null,
    alias     varchar(200) not null,
    primary key (place_id, ordinal)
);

create table organisation (
    id          varchar(120) not null primary key,
    name        varchar(300) not null,
    name_key    varchar(300) not null,
    search_text varchar(4000) not null,
    kind        varchar(30)  not null,
    country_id  varchar(120) references country (id),
    parent_id   varchar(120) references organisation (id)
);

create index organisation_name_ix on organisation (name_key, id);
create index organisation_parent_ix on organisation (parent_id);
create index organisation_country_ix on organisation (country_id);

create table organisation_alias (
    organisation_id  varchar(120) not null references organisation (id),
    ordinal          integer      not null,
    alias            varchar(300) not null,
    primary key (organisation_id, ordinal)
);

create table person (
    id              varchar(120) not null primary key,
    name            varchar(200) not null,
    name_key        varchar(200) not null,
    search_text     varchar(4000) not null,
    nationality_id  varchar(120) references country (id)
);

create index person_name_ix on person (name_key, id);

create table person_alias (
    person_id  varchar(120) not null references person (id),
    ordinal    integer      not null,
    alias      varchar(200) not null,
    primary key (person_id, ordinal)
);

-- A post held by a person at an organisation, or at the head of a state (Popolo membership).
create table person_position (
    id               varchar(250) not null primary key,
    person_id        varchar(120) not null references person (id),
    title            varchar(200) not null,
    organisation_id  varchar(120) references organisation (id),
    country_id       varchar(120) references country (id),
    held_from        varchar(10),
    held_from_from   date,
    held_from_until  date,
    held_until       varchar(10),
    held_until_from  date,
    held_until_until date,
    constraint person_position_holder_ck check (organisation_id is null or country_id is null)
);

create index person_position_person_ix on person_position (person_id);
create index person_position_organisation_ix on person_position (organisation_id);

create table meeting (
    id          varchar(120) not null primary key,
    title       varchar(500) not null,
    title_key   varchar(500) not null,
    kind        varchar(30)  not null,
    held_on     varchar(10),
    held_from   date,
    held_until  date,
    date_sort   bigint         not null,
    date_sort_desc bigint      not null,
    place_id    varchar(120) references place (id),
    country_id  varchar(120) references country (id)
);

create index meeting_date_ix on meeting (date_sort, id);
create index meeting_date_desc_ix on meeting (date_sort_desc, id);
create index meeting_title_ix on meeting (title_key, id);
create index meeting_country_ix on meeting (country_id);
create index meeting_place_ix on meeting (place_id);

create table meeting_topic (
    meeting_id  varchar(120) not null references meeting (id),
    ordinal     integer      not null,
    topic       varchar(200) not null,
    primary key (meeting_id, ordinal)
);

create table meeting_organisation (
    meeting_id       varchar(120) not null references meeting (id),
    organisation_id  varchar(120) not null references organisation (id),
    primary key (meeting_id, organisation_id)
);

create index meeting_organisation_organisation_ix on meeting_organisation (organisation_id);

create table participant (
    id           varchar(250) not null primary key,
    meeting_id   varchar(120) not null references meeting (id),
    person_id    varchar(120) not null references person (id),
    role         varchar(20)  not null,
    capacity_id  varchar(250) references person_position (id),
    constraint participant_meeting_person_uk unique (meeting_id, person_id)
);

create index participant_person_ix on participant (person_id);
create index participant_capacity_ix on participant (capacity_id);

create table agreement (
    id                  varchar(120) not null primary key,
    title               varchar(500) not null,
    title_key           varchar(500) not null,
    kind                varchar(40)  not null,
    status              varchar(20),
    signed_on           varchar(10),
    signed_on_from      date,
    signed_on_until     date,
    signed_sort         bigint         not null,
    signed_sort_desc    bigint         not null,
    valid_from          varchar(10),
    valid_from_from     date,
    valid_from_until    date,
    valid_until         varchar(10),
    valid_until_from    date,
    valid_until_until   date,
    meeting_id          varchar(120) references meeting (id)
);

create index agreement_meeting_ix on agreement (meeting_id);
create index agreement_signed_ix on agreement (signed_sort, id);
create index agreement_signed_desc_ix on agreement (signed_sort_desc, id);
create index agreement_title_ix on agreement (title_key, id);

create table agreement_field (
    agreement_id  varchar(120) not null references agreement (id),
    ordinal       integer      not null,
    field         varchar(200) not null,
    primary key (agreement_id, ordinal)
);

-- A party is an organisation or a country, never both.
create table agreement_party (
    id               varchar(250) not null primary key,
    agreement_id     varchar(120) not null references agreement (id),
    organisation_id  varchar(120) references organisation (id),
    country_id       varchar(120) references country (id),
    constraint agreement_party_one_ck check ((organisation_id is null) <> (country_id is null))
);

create index agreement_party_agreement_ix on agreement_party (agreement_id);
create index agreement_party_organisation_ix on agreement_party (organisation_id);
create index agreement_party_country_ix on agreement_party (country_id);

create table signatory (
    id            varchar(250) not null primary key,
    agreement_id  varchar(120) not null references agreement (id),
    person_id     varchar(120) not null references person (id),
    capacity_id   varchar(250) references person_position (id)
);

create index signatory_agreement_ix on signatory (agreement_id);
create index signatory_person_ix on signatory (person_id);

-- Evidence for any fact: which subject (entity or relationship), which aspect of it (the subject
-- itself, its date, its place, ...), and where in which article the quote stands. Offsets count
-- UTF-16 code units of the NFC text, end exclusive.
create table evidence (
    id            bigint generated by default as identity primary key,
    article_id    varchar(120)  not null references article (id),
    subject_type  varchar(20)   not null,
    subject_id    varchar(250)  not null,
    aspect        varchar(20)   not null,
    quote         varchar(4000) not null,
    start_offset  integer       not null,
    end_offset    integer       not null
);

create index evidence_subject_ix on evidence (subject_type, subject_id);
create index evidence_article_ix on evidence (article_id);

-- What the corpus loader last wrote, so that an unchanged corpus is not rewritten at start-up.
create table corpus_state (
    id           integer     not null primary key,
    fingerprint  varchar(64) not null,
    loaded_at    timestamp   not null
);
