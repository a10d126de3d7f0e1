"""The search index's table names and FTS5 definition, without importing SQLAlchemy, so the
window can search before the heavier libraries load. Search owns these tables."""

FTS_TABLE = "article_fts"
# Contentless: the text lives once, in the article records (snippets are made from them),
# and prefix queries walk the term index instead of a prefix index of their own.
# Columns in the order of their bm25 weights in the engine.
FTS_COLUMNS = ("question", "aliases", "situations", "summary", "body")


def fts_ddl(table: str) -> str:
    """The FTS5 table of one content language's index."""
    return (
        f"CREATE VIRTUAL TABLE {table} USING fts5("
        + ", ".join(FTS_COLUMNS)
        + ", tokenize = 'unicode61 remove_diacritics 2', content = '', detail = column)"
    )


FTS_DDL = fts_ddl(FTS_TABLE)
