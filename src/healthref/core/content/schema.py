"""Identity of a content DB (application id, schema version) without importing SQLAlchemy, so
the window can open the DB before the heavier libraries load. The schema version lives in the
meta table only."""

SCHEMA_VERSION = 3
APPLICATION_ID = 0x48524546  # "HREF": marks a file as a healthref content DB.
