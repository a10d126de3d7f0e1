"""The active gettext catalogue for core's words (render labels, notices, rule messages).

gettext from the standard library: no dependency, `.po` sources that every translation tool
reads, compiled `.mo` files, and real plural forms through each catalogue's Plural-Forms. The
window's composition root chooses the language once (`use_language`); the CLI never does, so
its output stays English and stable for the tools that read it."""

from __future__ import annotations

import gettext
from pathlib import Path

from healthref.core.i18n.languages import SOURCE_LANGUAGE, supported

DOMAIN = "healthref"
_active: list[gettext.NullTranslations] = [gettext.NullTranslations()]
_code: list[str] = [SOURCE_LANGUAGE]


def use_language(code: str, folder: Path) -> str:
    """Make `code` the language of core's words, from `<folder>/<code>/LC_MESSAGES`; return
    the code in use (English when there is no catalogue for it)."""
    code = supported(code) or SOURCE_LANGUAGE
    translations: gettext.NullTranslations = gettext.NullTranslations()
    if code != SOURCE_LANGUAGE:
        try:
            translations = gettext.translation(DOMAIN, folder, languages=[code])
        except OSError:
            code = SOURCE_LANGUAGE
    _active[0] = translations
    _code[0] = code
    return code


def current_language() -> str:
    """The code of the language core's words are in."""
    return _code[0]


def _(message: str) -> str:
    """`message` in the active language."""
    return _active[0].gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of the message for `n`, by the active language's plural rules."""
    return _active[0].ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for extraction where it is defined; translate it with `_` when used."""
    return message
