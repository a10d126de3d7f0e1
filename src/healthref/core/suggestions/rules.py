"""What a suggestion may contain: plain text of a sensible length, and no personal data
(links, e-mail addresses, phone numbers) — a public kiosk must not collect any."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from healthref.core.failures import KnownFailure
from healthref.core.i18n.catalogue import _, ngettext
from healthref.core.search.normalise import tokens

MIN_TEXT, MAX_TEXT, MAX_NOTE = 10, 300, 1000
_LINK = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.|\b[\w-]+\.(?:com|org|net|info|io|co|uk|gov|edu|app|biz"
    r"|me|ly|xyz|online|site|ke|ng|za|in|de|fr|ru|cn)\b)",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w-])\+?\d(?:[\s().-]{0,2}\d){6,}")


@dataclass(frozen=True)
class CleanSuggestion:
    """A suggestion that passed the rules, with whitespace tidied."""

    text: str
    note: str
    category: str


class SuggestionRejected(KnownFailure, ValueError):
    """The suggestion breaks a rule; `field` says which part, the message says why."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


def _tidy(value: str) -> str:
    kept = "".join(
        " " if unicodedata.category(ch) in {"Cc", "Zl", "Zp"} and ch not in "\n" else ch
        for ch in value
        if unicodedata.category(ch) not in {"Cf", "Cs", "Co", "Cn"} and ch != "\x00"
    )
    lines = [" ".join(line.split()) for line in kept.splitlines()]
    return "\n".join(line for line in lines if line).strip()


def _personal_data(field: str, value: str) -> None:
    if _EMAIL.search(value):
        raise SuggestionRejected(
            field,
            _(
                "Please remove the e-mail address: suggestions are "
                "public and must not hold personal details."
            ),
        )
    if _LINK.search(value):
        raise SuggestionRejected(
            field, _("Please remove the web link: suggestions are plain text only.")
        )
    if _PHONE.search(value):
        raise SuggestionRejected(
            field,
            _(
                "Please remove the phone number: suggestions are "
                "public and must not hold personal details."
            ),
        )


MAX_MARKS_PER_LETTER = 4  # more stacked accents than any language needs ("zalgo" text)


def _stacked_marks(field: str, value: str) -> None:
    run = 0
    for ch in unicodedata.normalize("NFD", value):
        run = run + 1 if unicodedata.combining(ch) else 0
        if run > MAX_MARKS_PER_LETTER:
            raise SuggestionRejected(
                field, _("Please remove the unusual marks stacked on the letters.")
            )


def check_suggestion(
    text: str, note: str = "", category: str = "", categories: tuple[str, ...] = ()
) -> CleanSuggestion:
    """The tidied suggestion, or SuggestionRejected naming the field and the problem. Text is
    normalised (NFKC) first, so a full-width "．" is checked as the dot it looks like."""
    text = unicodedata.normalize("NFKC", text)
    note = unicodedata.normalize("NFKC", note)
    _stacked_marks("text", text)
    _stacked_marks("note", note)
    clean_text = " ".join(_tidy(text).split())
    clean_note = _tidy(note)
    if len(clean_text) < MIN_TEXT:
        raise SuggestionRejected(
            "text",
            ngettext(
                "Please write your question in at least {n} character.",
                "Please write your question in at least {n} characters.",
                MIN_TEXT,
            ).format(n=MIN_TEXT),
        )
    if len(clean_text) > MAX_TEXT:
        raise SuggestionRejected(
            "text",
            _("Please keep the question to {n} characters (it has {length}).").format(
                n=MAX_TEXT, length=len(clean_text)
            ),
        )
    if not tokens(clean_text):
        raise SuggestionRejected("text", _("Please write your question in words."))
    if len(clean_note) > MAX_NOTE:
        raise SuggestionRejected(
            "note",
            _("Please keep the note to {n} characters (it has {length}).").format(
                n=MAX_NOTE, length=len(clean_note)
            ),
        )
    _personal_data("text", clean_text)
    _personal_data("note", clean_note)
    if category and categories and category not in categories:
        raise SuggestionRejected("category", _("Unknown category “{name}”.").format(name=category))
    return CleanSuggestion(clean_text, clean_note, category)


def dedupe_key(text: str) -> str:
    """The same question however it is cased, spaced or punctuated."""
    return " ".join(tokens(text))
