-- Articles without a title come last when ordered by title, in either direction, as undated items
-- come last by date: title_key (ascending) is '1' + the folded title, or '2' without one;
-- title_key_desc (descending) is the same key, or '0' without one (see Article.titleSortKey).
alter table article alter column title_key set data type varchar(501);
alter table article add column title_key_desc varchar(501);
update article set title_key_desc = case when title is null then '0' else '1' || title_key end;
update article set title_key = case when title is null then '2' else '1' || title_key end;
alter table article alter column title_key_desc set not null;

create index article_title_desc_ix on article (title_key_desc, id);
