"""The search index matches word stems on SQLite, and ranks fast on PostgreSQL.

SQLite: Wagtail's FTS5 table uses the unicode61 tokenizer, which keeps words
as typed, so "probiotic" never found "probiotics". The table is made again with
the porter tokenizer (stemming) and refilled from the index entries; the
triggers that keep it in step name it, so they carry on.
https://www.sqlite.org/fts5.html#porter_tokenizer

PostgreSQL: ranking reads every match's body tsvector. An index entry's row also
holds the page's text for trigram search, so PostgreSQL moved the body vector
out of the row into its TOAST table, and ranking 10,000 matches fetched 10,000
values from there: 45 ms, against 11 ms with the vector kept in the row. So the
body column's storage is MAIN (kept in the row while it fits), and existing rows
are written again to move it back. And the entries' GIN indexes (made by
Wagtail) kept new entries in a pending list that each search scanned until a
vacuum merged it: 30 times slower index scans after a bulk import, and every
re-index rewrites the rows (modelsearch updates title_norm), so the list
refilled. With fastupdate off, entries go straight into the index.
https://www.postgresql.org/docs/current/storage-toast.html
https://www.postgresql.org/docs/current/gin.html#GIN-FAST-UPDATE
Stemming on PostgreSQL is the search backend's SEARCH_CONFIG setting.
"""

from django.db import migrations

FTS_TABLE = "wagtailsearch_indexentry_fts"
ENTRY_TABLE = "wagtailsearch_indexentry"
FTS_COLUMNS = "autocomplete, body, title"


def remake_fts_table(schema_editor, tokenizer):
    connection = schema_editor.connection
    if FTS_TABLE not in connection.introspection.table_names():
        return  # no FTS5: Wagtail's fallback backend has no table to change
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {FTS_TABLE}")
        cursor.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({FTS_COLUMNS}, "
            f"tokenize = '{tokenizer}')"
        )
        cursor.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, {FTS_COLUMNS}) "  # noqa: S608
            f"SELECT id, {FTS_COLUMNS} FROM {ENTRY_TABLE}"
        )


def set_gin_fastupdate(schema_editor, on):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes "
            "WHERE tablename = %s AND indexdef LIKE %s",
            [ENTRY_TABLE, "%USING gin %"],
        )
        for (name,) in cursor.fetchall():
            quoted = schema_editor.quote_name(name)
            cursor.execute(
                f"ALTER INDEX {quoted} SET (fastupdate = {'on' if on else 'off'})"
            )
            if not on:
                cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])


def set_body_storage(schema_editor, storage):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"ALTER TABLE {ENTRY_TABLE} ALTER COLUMN body SET STORAGE {storage}"
        )
        # Storage applies to values as they are written: concatenating an
        # empty vector writes each one again, unchanged.
        cursor.execute(
            f"UPDATE {ENTRY_TABLE} SET body = body || ''::tsvector"  # noqa: S608
        )


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        remake_fts_table(schema_editor, "porter unicode61")
    elif vendor == "postgresql":
        set_body_storage(schema_editor, "MAIN")
        set_gin_fastupdate(schema_editor, on=False)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        remake_fts_table(schema_editor, "unicode61")
    elif vendor == "postgresql":
        set_gin_fastupdate(schema_editor, on=True)
        set_body_storage(schema_editor, "EXTENDED")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_vocabulary_follows_the_content_version"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
