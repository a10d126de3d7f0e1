"""Dates in the reader's language, without a locale database (Babel costs start-up time)."""

from __future__ import annotations

import datetime as dt

from healthref.core.i18n.catalogue import current_language

# Month names and the long date pattern of each language, as CLDR has them.
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple(
        "January February March April May June "
        "July August September October November December".split()
    ),
    "fr": tuple(
        "janvier février mars avril mai juin "
        "juillet août septembre octobre novembre décembre".split()
    ),
    "es": tuple(
        "enero febrero marzo abril mayo junio julio "
        "agosto septiembre octubre noviembre diciembre".split()
    ),
    "pt": tuple(
        "janeiro fevereiro março abril maio junho "
        "julho agosto setembro outubro novembro dezembro".split()
    ),
    "sw": tuple(
        "Januari Februari Machi Aprili Mei Juni "
        "Julai Agosti Septemba Oktoba Novemba Desemba".split()
    ),
    "ar": tuple(
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
    ),
}
_PATTERNS = {"es": "{d} de {m} de {y}", "pt": "{d} de {m} de {y}"}
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def human_date(iso: str, language: str = "") -> str:
    """2026-11-23 → "23 November 2026" in the active (or given) language; unchanged if it is
    not a date. Arabic writes its digits as Arabic-Indic, as the window's QLocale does."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    code = language or current_language()
    months = _MONTHS.get(code, _MONTHS["en"])
    text = _PATTERNS.get(code, "{d} {m} {y}").format(d=day.day, m=months[day.month - 1], y=day.year)
    return text.translate(_ARABIC_DIGITS) if code == "ar" else text
