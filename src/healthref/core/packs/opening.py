"""Open the content the paths chose; if an installed pack's DB turns out damaged, fall back to
the bundled DB (the floor) and say why. Withdrawal notices come from the main pack."""

from __future__ import annotations

from healthref.core.content.database import ContentDBError
from healthref.core.content.store import ContentStore
from healthref.paths import AppPaths


def open_store(
    app_paths: AppPaths, *, verify_checksum: bool = True
) -> tuple[ContentStore, AppPaths]:
    """The store, and the paths actually used (with `content_fallback` set after a fallback)."""
    try:
        store = ContentStore.open(app_paths.content_db, verify_checksum=verify_checksum)
    except ContentDBError as exc:
        if app_paths.bundled_db is None:
            raise
        app_paths = app_paths.on_bundled_content(
            f"the installed content could not be used ({exc.problem.detail})"
        )
        store = ContentStore.open(app_paths.content_db, verify_checksum=verify_checksum)
    if app_paths.bundled_db is not None:  # an installed pack is open: its withdrawals
        from healthref.core.packs.listing import content_info

        info = content_info(app_paths.home, True, "", [])
        store.withdrawn = info.withdrawn
    return store, app_paths
