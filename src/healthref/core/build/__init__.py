"""Sources to content DB: content tables, the search index and the checksum."""
