"""Every path the app uses, in one place (install dir, content DB, resources, user home)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

PACKAGE_DIR = Path(__file__).resolve().parent
SOURCE_TREE_ROOT = PACKAGE_DIR.parent.parent

HOME_ENV = "HEALTHREF_HOME"
CONTENT_DB_ENV = "HEALTHREF_CONTENT_DB"
# Installed content packs live under <home>/content; active.json names the DB to open.
INSTALLED_CONTENT_DIR = "content"
ACTIVE_CONTENT_FILE = "active.json"
_SQLITE_HEADER = b"SQLite format 3\x00"


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0]


def default_content_db() -> Path:
    """The bundled articles DB: inside the installed package, else the source tree's data/."""
    override = os.environ.get(CONTENT_DB_ENV)
    if override:
        return Path(override)
    return _first_existing(
        PACKAGE_DIR / "data" / "articles.db", SOURCE_TREE_ROOT / "data" / "articles.db"
    )


def resources_dir() -> Path:
    """answer.css, icons and other plain resource files."""
    return _first_existing(PACKAGE_DIR / "resources", SOURCE_TREE_ROOT / "resources")


def content_sources_dir() -> Path:
    """The content/ folder of the source tree (articles/*.md, synonyms.toml, categories.tsv)."""
    return SOURCE_TREE_ROOT / "content"


def default_home() -> Path:
    """Where the user's data lives: --home, then $HEALTHREF_HOME, then the platform's data dir."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("healthref", appauthor=False))


class ContentChoice(NamedTuple):
    """Which content DB the app opens: an installed pack's, or the bundled one (the floor)."""

    path: Path
    installed: bool = False
    fallback_reason: str = ""  # why an installed pack was not used ("" when none was skipped)


def choose_content_db(home: Path, bundled: Path) -> ContentChoice:
    """The one place that decides: the DB active.json names, when it is there whole (size and
    header; the checksum is verified when it is opened), else the bundled DB, saying why."""
    state_file = home / INSTALLED_CONTENT_DIR / ACTIVE_CONTENT_FILE
    try:
        text = state_file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ContentChoice(bundled)
    except (OSError, UnicodeDecodeError):
        return ContentChoice(bundled, fallback_reason=f"{state_file} cannot be read")
    import json  # only with a pack installed: a first start reads no JSON before its window

    try:
        state = json.loads(text)
    except ValueError:
        return ContentChoice(bundled, fallback_reason=f"{state_file} cannot be read")
    if not isinstance(state, dict) or not state.get("open"):
        return ContentChoice(bundled)
    path = home / INSTALLED_CONTENT_DIR / str(state["open"])
    try:
        with path.open("rb") as handle:
            whole = handle.read(16) == _SQLITE_HEADER
        whole = whole and path.stat().st_size == state.get("open_size")
    except OSError:
        return ContentChoice(bundled, fallback_reason=f"the installed content {path} is missing")
    if not whole:
        return ContentChoice(bundled, fallback_reason=f"the installed content {path} is damaged")
    return ContentChoice(path, installed=True)


class AppPaths(NamedTuple):
    """The resolved paths for one run of the app."""

    content_db: Path
    home: Path
    bundled_db: Path | None = None  # set when content_db is an installed pack's
    content_fallback: str = ""  # why the installed content is not in use, if it is not

    def on_bundled_content(self, reason: str) -> AppPaths:
        """These paths with the bundled DB, when the installed one turned out to be damaged."""
        assert self.bundled_db is not None
        return self._replace(content_db=self.bundled_db, bundled_db=None, content_fallback=reason)

    @property
    def user_db(self) -> Path:
        return self.home / "user.db"

    @property
    def ui_state(self) -> Path:
        return self.home / "window-state.ini"

    @property
    def settings(self) -> Path:
        return self.home / "settings.toml"

    @property
    def log_dir(self) -> Path:
        return self.home / "logs"

    @property
    def intake_db(self) -> Path:
        return self.home / "intake.db"


def resolve(content_db: Path | None = None, home: Path | None = None) -> AppPaths:
    """Apply command-line overrides on top of the environment and defaults. With no DB named
    (option or environment), an installed content pack is used when there is a whole one."""
    home = home if home is not None else default_home()
    if content_db is not None or os.environ.get(CONTENT_DB_ENV):
        return AppPaths(content_db or default_content_db(), home)
    bundled = default_content_db()
    choice = choose_content_db(home, bundled)
    return AppPaths(
        choice.path, home, bundled if choice.installed else None, choice.fallback_reason
    )
