"""Identity of a content DB (application id, schema version, FTS table) without importing
SQLAlchemy, so the window can open the DB before the heavier libraries load."""

SCHEMA_VERSION = 1
APPLICATION_ID = 0x48524546  # "HREF": marks a file as a healthref content DB.

FTS_TABLE = "article_fts"
FTS_DDL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "question, aliases, summary, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)
