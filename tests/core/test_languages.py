"""Core's words in six languages: complete catalogues, real plural forms, dates in each locale,
and the language a system asks for."""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from healthref import paths
from healthref.core.content.render import review_line
from healthref.core.i18n.catalogue import _, current_language, ngettext, use_language
from healthref.core.i18n.dates import human_date
from healthref.core.i18n.languages import CODES, choose_language, supported
from healthref.core.suggestions.rules import SuggestionRejected, check_suggestion

CATALOGUES = paths.resources_dir() / "translations" / "core"
TRANSLATED = [code for code in CODES if code != "en"]
PLACEHOLDER = re.compile(r"\{\w+\}")


@pytest.fixture
def language() -> Iterator[None]:
    """Each test may switch core's language; English is put back afterwards."""
    yield
    use_language("en", CATALOGUES)


def _template_ids() -> list[str]:
    text = (CATALOGUES / "healthref.pot").read_text(encoding="utf-8")
    ids = re.findall(r'^msgid "(.*)"$', text, re.M)
    return [i.encode().decode("unicode_escape").encode("latin-1").decode() for i in ids if i]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_core_message_is_translated_with_its_placeholders(code: str) -> None:
    catalogue = gettext.translation("healthref", CATALOGUES, languages=[code])
    assert isinstance(catalogue, gettext.GNUTranslations)
    ids = _template_ids()
    assert len(ids) > 25
    messages: dict[object, str] = getattr(catalogue, "_catalog")  # noqa: B009
    by_id: dict[str, list[str]] = {}
    for key, value in messages.items():
        by_id.setdefault(key[0] if isinstance(key, tuple) else str(key), []).append(value)
    missing, broken = [], []
    for msgid in ids:
        found = by_id.get(msgid, [])
        if not found or not all(found):
            missing.append(msgid)
        elif any(set(PLACEHOLDER.findall(v)) - set(PLACEHOLDER.findall(msgid)) for v in found):
            broken.append(msgid)
    assert missing == [], f"{code}: untranslated: {missing}"
    assert broken == [], f"{code}: placeholders that the English does not have: {broken}"


# "Please write your question in at least {n} character(s)." for 0, 1, 2, 5 and 11
EXPECTED_PLURALS = {
    "en": ["characters", "character.", "characters", "characters", "characters"],
    "fr": ["0 caractère.", "1 caractère.", "2 caractères", "5 caractères", "11 caractères"],
    "es": ["0 caracteres", "1 carácter.", "2 caracteres", "5 caracteres", "11 caracteres"],
    "pt": ["0 caractere.", "1 caractere.", "2 caracteres", "5 caracteres", "11 caracteres"],
    "sw": ["herufi 0", "herufi 1", "herufi 2", "herufi 5", "herufi 11"],
    "ar": ["يُرجى كتابة سؤالك.", "حرف واحد", "حرفين", "5 أحرف", "11 حرفًا"],
}


@pytest.mark.parametrize("code", CODES)
def test_plurals_follow_each_language_for_0_1_2_5_and_11(code: str, language: None) -> None:
    assert use_language(code, CATALOGUES) == code
    for n, expected in zip((0, 1, 2, 5, 11), EXPECTED_PLURALS[code], strict=True):
        text = ngettext(
            "Please write your question in at least {n} character.",
            "Please write your question in at least {n} characters.",
            n,
        ).format(n=n)
        assert expected in text, (code, n, text)


DATES = {
    "en": "5 March 2026",
    "fr": "5 mars 2026",
    "es": "5 de marzo de 2026",
    "pt": "5 de março de 2026",
    "sw": "5 Machi 2026",
    "ar": "٥ مارس ٢٠٢٦",
}


@pytest.mark.parametrize("code", CODES)
def test_dates_are_written_in_each_language(code: str, language: None) -> None:
    assert human_date("2026-03-05", code) == DATES[code]
    use_language(code, CATALOGUES)
    assert human_date("2026-03-05") == DATES[code]
    assert human_date("not a date") == "not a date"


def test_rule_messages_follow_the_language(language: None) -> None:
    use_language("fr", CATALOGUES)
    assert current_language() == "fr"
    with pytest.raises(SuggestionRejected, match="adresse e-mail"):
        check_suggestion("How do I write to someone@example.org about malaria?")
    use_language("en", CATALOGUES)
    with pytest.raises(SuggestionRejected, match="e-mail address"):
        check_suggestion("How do I write to someone@example.org about malaria?")
    assert _("the file is empty") == "the file is empty"


def test_the_handout_footer_follows_the_interface_language(language: None) -> None:
    import datetime as dt

    from healthref.core.content.handout import handout_footer

    use_language("es", CATALOGUES)
    footer = handout_footer("2026-12-01.abc", dt.date(2026, 3, 5))
    assert footer == "Impreso desde healthref, contenido 2026-12-01.abc, el 5 de marzo de 2026"


def test_an_answer_keeps_its_own_language_whatever_the_interface(
    language: None, bundled_db: Path
) -> None:
    """Labels around an answer follow the article (core/content/labels.py), not the window."""
    from healthref.core.content.store import ContentStore

    view = ContentStore.open(bundled_db).article("what-causes-sepsis")
    assert view is not None and view.article.language == "en"
    use_language("ar", CATALOGUES)
    assert review_line(view.article).startswith("Updated ")


def test_an_unknown_language_falls_back_to_english(tmp_path: Path, language: None) -> None:
    assert use_language("de", CATALOGUES) == "en"
    assert use_language("fr", tmp_path) == "en"  # no catalogue there


@pytest.mark.parametrize(
    ("preferred", "setting", "chosen"),
    [
        (["fr-FR", "en-US"], "", "fr"),
        (["de-DE", "pt-BR"], "", "pt"),
        (["de-DE"], "", "en"),
        (["fr-FR"], "ar", "ar"),  # View → Language or [kiosk] language wins
        (["sw-KE"], "xx", "sw"),
    ],
)
def test_the_language_comes_from_the_setting_then_the_system(
    preferred: list[str], setting: str, chosen: str
) -> None:
    assert choose_language(preferred, setting) == chosen
    assert supported("pt_BR.UTF-8") == "pt"


def test_a_kiosk_language_healthref_does_not_ship_is_refused(tmp_path: Path) -> None:
    from healthref.core.settings.file import SettingsError
    from healthref.core.settings.kiosk import kiosk_settings

    assert kiosk_settings({"language": "sw"}, tmp_path / "settings.toml").language == "sw"
    with pytest.raises(SettingsError, match=r"language.*one of en, fr, es, pt, sw, ar"):
        kiosk_settings({"language": "de"}, tmp_path / "settings.toml")
