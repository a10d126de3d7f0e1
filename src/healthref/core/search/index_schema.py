"""The search index's table names and FTS5 definition, without importing SQLAlchemy, so the
window can search before the heavier libraries load. Search owns these tables."""

FTS_TABLE = "article_fts"
# Contentless: the text lives once, in the article records (snippets are made from them),
# and prefix queries walk the term index instead of a prefix index of their own …
# Columns in the order of their bm25 weights in the engine.
FTS_COLUMNS = ("question", "aliases", "situations", "summary", "body")
# … except in a corpus this large: there a two-letter prefix ("ca", "st") gathers the
# documents of thousands of terms on each keystroke (10–30 ms at 100,000 articles), and an
# index of two-letter prefixes answers it from one list. It adds about a tenth to the file.
PREFIX_INDEX_FROM = 5_000  # articles


def fts_ddl(table: str, *, prefix_index: bool = False) -> str:
    """The FTS5 table of one content language's index."""
    prefix = ", prefix = '2'" if prefix_index else ""
    return (
        f"CREATE VIRTUAL TABLE {table} USING fts5("
        + ", ".join(FTS_COLUMNS)
        + f", tokenize = 'unicode61 remove_diacritics 2', content = '', detail = column{prefix})"
    )


FTS_DDL = fts_ddl(FTS_TABLE)
