"""The interface languages healthref ships, and which one a system locale asks for."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

SOURCE_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})  # written right to left (content too)


class Language(NamedTuple):
    """One interface language: its code, its own name, its direction, whether reviewed."""

    code: str
    name: str  # in the language itself, so a reader finds it whatever is showing
    right_to_left: bool = False
    reviewed: bool = False  # by a native speaker


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", reviewed=True),
    Language("fr", "Français"),
    Language("es", "Español"),
    Language("pt", "Português"),
    Language("sw", "Kiswahili"),
    Language("ar", "العربية", right_to_left=True),
)
CODES = tuple(language.code for language in LANGUAGES)


def language(code: str) -> Language:
    """The language with this code; English for any code healthref does not ship."""
    for known in LANGUAGES:
        if known.code == code:
            return known
    return LANGUAGES[0]


def supported(code: str) -> str:
    """A shipped language code for `code` ("pt_BR" → "pt", "fr-CA" → "fr"), or ""."""
    base = code.replace("-", "_").split("_")[0].split(".")[0].casefold()
    return base if base in CODES else ""


def choose_language(preferred: Iterable[str], setting: str = "") -> str:
    """A remembered or configured `setting` first, then the first of the system's preferred
    languages that healthref ships, else English."""
    for candidate in (setting, *preferred):
        code = supported(candidate) if candidate else ""
        if code:
            return code
    return SOURCE_LANGUAGE
