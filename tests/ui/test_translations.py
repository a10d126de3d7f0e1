"""The window's catalogues: complete in six languages, current with the source (CI fails when
they are stale), nothing user-visible escaping extraction, and Qt's plural forms right."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from healthref import paths
from healthref.ui.language import Interface

REPO = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("translations", REPO / "scripts" / "translations.py")
assert _SPEC is not None and _SPEC.loader is not None
translations = importlib.util.module_from_spec(_SPEC)
sys.modules["translations"] = translations  # its dataclasses look themselves up there
_SPEC.loader.exec_module(translations)  # the CI tool itself, as `.ci/run` would use it

UI = paths.resources_dir() / "translations" / "ui"
TRANSLATED = ("fr", "es", "pt", "sw", "ar")
PLACEHOLDER = re.compile(r"%(?:L?n|\d)")
FORMS = {"en": 2, "fr": 2, "es": 2, "pt": 2, "sw": 2, "ar": 6}


@pytest.mark.parametrize("code", ("en", *TRANSLATED))
def test_every_window_message_is_translated_with_its_placeholders(code: str) -> None:
    """English holds only its plural forms ("1 result", "2 results"); the others hold all."""
    messages = list(ET.parse(UI / f"healthref_{code}.ts").iter("message"))
    assert len(messages) > (10 if code == "en" else 200)
    unfinished, broken = [], []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        if translation.get("type") == "unfinished" or not all(forms):
            unfinished.append(source)
            continue
        if message.get("numerus") == "yes":
            assert len(forms) == FORMS[code], source
        wanted = {p for p in PLACEHOLDER.findall(source) if p != "%n"}
        for form in forms:
            if wanted - set(PLACEHOLDER.findall(form)):
                broken.append(source)
    assert unfinished == [], f"{code}: untranslated: {unfinished}"
    assert broken == [], f"{code}: a %1 or %2 is missing: {broken}"


def test_the_committed_catalogues_are_current() -> None:
    """Re-extract and recompile everything: nothing committed may differ (CI runs this)."""
    assert translations.stale_files() == []


def test_nothing_in_the_window_escapes_extraction() -> None:
    assert translations.escapes(catalogue=UI / "healthref_fr.ts") == []


PLANTED = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

NAMES = ("Fever", "Cough")


class Planted(QWidget):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.label = QLabel(self.tr(name), self)
        self.setToolTip(QCoreApplication.translate("Planted", NAMES[0]))
        self.setWindowTitle("An untranslated title")
        self.other = QLabel(self.tr(f"Hello {name}"), self)
"""


def test_a_planted_tr_of_a_variable_fails_the_check(tmp_path: Path) -> None:
    ui = tmp_path / "ui"
    shutil.copytree(REPO / "src" / "healthref" / "ui", ui)
    (ui / "planted.py").write_text(PLANTED, encoding="utf-8")
    problems = translations.escapes(ui, UI / "healthref_fr.ts")
    assert len(problems) == 4
    assert all(p.startswith("ui/planted.py:") for p in problems)
    assert sum("variable or expression" in p for p in problems) == 3
    assert any("literal shown without tr()" in p for p in problems)


def test_a_literal_missing_from_the_catalogue_fails_the_check(tmp_path: Path) -> None:
    ui = tmp_path / "ui"
    shutil.copytree(REPO / "src" / "healthref" / "ui", ui)
    (ui / "new.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'TEXT = QCoreApplication.translate("New", "A sentence nobody extracted")\n',
        encoding="utf-8",
    )
    assert translations.escapes(ui, UI / "healthref_fr.ts") == [
        "ui/new.py:2: not in the extracted catalogue"
    ]


def test_a_stale_catalogue_is_found(tmp_path: Path) -> None:
    copy = tmp_path / "translations"
    shutil.copytree(paths.resources_dir() / "translations", copy)
    ts = copy / "ui" / "healthref_fr.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("Réponse rapide", "Réponse"), "utf-8")
    stale = translations.stale_files(copy)
    assert any(name.endswith("ui/healthref_fr.qm") for name in stale)


RESULTS = {  # SearchPanel's "%n result(s)" for 0, 1, 2, 5 and 11
    "en": ["0 results", "1 result", "2 results", "5 results", "11 results"],
    "fr": ["0 résultat", "1 résultat", "2 résultats", "5 résultats", "11 résultats"],
    "es": ["0 resultados", "1 resultado", "2 resultados", "5 resultados", "11 resultados"],
    "pt": ["0 resultado", "1 resultado", "2 resultados", "5 resultados", "11 resultados"],
    "sw": ["Matokeo 0", "Tokeo 1", "Matokeo 2", "Matokeo 5", "Matokeo 11"],
    "ar": ["لا توجد نتائج", "نتيجة واحدة", "نتيجتان", "٥ نتائج", "١١ نتيجة"],
}


@pytest.mark.parametrize("code", list(RESULTS))
def test_window_plurals_follow_each_language_for_0_1_2_5_and_11(
    code: str, interface: Interface
) -> None:
    interface.use(code)
    got = [
        QCoreApplication.translate("SearchPanel", "%n result(s)", None, n) for n in (0, 1, 2, 5, 11)
    ]
    assert got == RESULTS[code]
    waiting = QCoreApplication.translate(
        "SuggestionActions", "%n suggestion(s) waiting to be sent", None, 1
    )
    assert "(s)" not in waiting
