-- PostgreSQL only: ids and sort keys compare bytewise (collation "C", code-point order), as on H2
-- and in Java. Keyset paging orders root connections in SQL and nested ones in Java
-- (model/Ordering), and cursors hold keys and ids compared both ways, so the two orders must agree;
-- a server's default collation (en_US.UTF-8, say) ignores spaces and punctuation ('aa' < 'a b').
-- H2 has no per-column collation, so this cannot be part of the common migrations; as an
-- afterMigrate callback it runs after every migrate and also catches the key columns of later
-- migrations (ALTER COLUMN ... TYPE without COLLATE resets a column to the default collation):
-- every varchar column of this schema named id, *_id, *_key or *_key_* (title_key_desc). Idempotent.
do $$
declare
    col record;
begin
    for col in
        select c.relname as table_name, a.attname as column_name,
               format_type(a.atttypid, a.atttypmod) as column_type
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        where c.relnamespace = current_schema()::regnamespace
          and c.relkind in ('r', 'p')
          and c.relname <> 'flyway_schema_history'
          and a.attnum > 0 and not a.attisdropped
          and a.atttypid = 'varchar'::regtype
          and a.attname ~ '^(id|.+_id|.+_key|.+_key_.+)$'
          and a.attcollation <> (select oid from pg_collation where collname = 'C')
        order by c.relname, a.attnum
    loop
        execute format('alter table %I alter column %I type %s collate "C"',
                       col.table_name, col.column_name, col.column_type);
    end loop;
end
$$;
