"""Every path the app uses, in one place (install dir, content DB, resources, user home)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SOURCE_TREE_ROOT = PACKAGE_DIR.parent.parent

HOME_ENV = "HEALTHREF_HOME"
CONTENT_DB_ENV = "HEALTHREF_CONTENT_DB"


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


@dataclass(frozen=True)
class AppPaths:
    """The resolved paths for one run of the app."""

    content_db: Path
    home: Path

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
    """Apply command-line overrides on top of the environment and defaults."""
    return AppPaths(
        content_db=content_db if content_db is not None else default_content_db(),
        home=home if home is not None else default_home(),
    )
