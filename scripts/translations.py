"""Extract, compile and check the interface translations.

python scripts/translations.py update    # re-extract .ts and .po sources, then compile
python scripts/translations.py compile   # .ts → .qm (pyside6-lrelease), .po → .mo
python scripts/translations.py check     # exit 1 when anything committed is stale

The window's strings are extracted by pyside6-lupdate into resources/translations/ui/
(healthref_<lang>.ts; no line numbers, so moving code does not make them stale). lupdate's
Python reader does not mark QCoreApplication.translate(..., n) as a plural, so every message
whose source holds %n is marked numerus here. Core's strings (`_`, `N_`, `ngettext` from
healthref.core.i18n.catalogue) are read from the syntax tree into resources/translations/core/
healthref.pot and merged into <lang>/LC_MESSAGES/healthref.po; .mo files are compiled here,
byte for byte the same each time (GNU msgfmt's format, messages sorted).
"""

from __future__ import annotations

import ast
import filecmp
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI_SRC = REPO / "src" / "healthref" / "ui"
CORE_SRC = REPO / "src" / "healthref" / "core"
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("fr", "es", "pt", "sw", "ar")  # English is the source; it gets plural forms only
PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "pt": "nplurals=2; plural=(n > 1);",
    "sw": "nplurals=2; plural=(n != 1);",
    "ar": (
        "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
        ": n%100>=11 ? 4 : 5);"
    ),
}


QT_PLURAL_COUNT = {"ar": 6}  # the others have two forms in Qt's rules, as in gettext's


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


# --- the window: .ts / .qm --------------------------------------------------------------------


def ui_sources() -> list[Path]:
    return sorted(UI_SRC.rglob("*.py"))


def _plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the translated forms of every plural already in `ts`."""
    if not ts.exists():
        return {}
    found = {}
    for context in ET.parse(ts).getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in message.iter("numerusform")]
                found[(name, message.findtext("source") or "")] = forms
    return found


def _mark_plurals(ts: Path, code: str, kept: dict[tuple[str, str], list[str]]) -> None:
    """Every message whose source holds %n is a plural (lupdate misses translate(..., n)); the
    English catalogue keeps only those, for its singular and plural forms."""
    tree = ET.parse(ts)
    changed = False
    if code == "en":
        for context in list(tree.getroot()):
            for message in context.findall("message"):
                if "%n" not in (message.findtext("source") or ""):
                    context.remove(message)
                    changed = True
            if not context.findall("message"):
                tree.getroot().remove(context)
    for context in tree.getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            if "%n" not in source or message.get("numerus") == "yes":
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            assert translation is not None
            translation.text = None
            count = QT_PLURAL_COUNT.get(code, 2)
            forms = kept.get((name, source), [])
            forms = forms if len(forms) == count else [""] * count
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text or None
            if all(forms):
                translation.attrib.pop("type", None)
            changed = True
    if changed:
        ET.indent(tree, space="    ")
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        body = ts.read_text(encoding="utf-8").replace(
            "<?xml version='1.0' encoding='utf-8'?>\n", ""
        )
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def extract_ui(folder: Path) -> list[Path]:
    """Update healthref_<lang>.ts in `folder` from the window's source."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for code in ("en", *LANGUAGES):
        ts = folder / f"healthref_{code}.ts"
        args = [_tool("pyside6-lupdate"), *map(str, ui_sources())]
        args += ["-locations", "none", "-no-obsolete", "-source-language", "en"]
        args += ["-target-language", code, "-ts", str(ts)]
        kept = _plural_forms(ts)  # lupdate drops them: it sees translate(..., n) as singular
        subprocess.run(args, check=True, capture_output=True)
        _mark_plurals(ts, code, kept)
        written.append(ts)
    return written


def compile_ui(folder: Path, out: Path) -> None:
    for ts in sorted(folder.glob("healthref_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )


# --- the core: .pot / .po / .mo ---------------------------------------------------------------


@dataclass
class Entry:
    msgid: str
    plural: str = ""
    strings: list[str] = field(default_factory=list)
    where: set[str] = field(default_factory=set)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract_core_messages(root: Path = CORE_SRC) -> dict[str, Entry]:
    """Every `_()`, `N_()` and `ngettext()` literal in core, by message id."""
    found: dict[str, Entry] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(REPO).as_posix()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name = node.func.id
            if name in {"_", "N_"} and node.args and (text := _literal(node.args[0])):
                found.setdefault(text, Entry(text)).where.add(where)
            elif name == "ngettext" and len(node.args) >= 2:
                one, many = _literal(node.args[0]), _literal(node.args[1])
                if one and many:
                    found.setdefault(one, Entry(one, many)).where.add(where)
    return found


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _unquote(text: str) -> str:
    out, i = [], 1
    while i < len(text) - 1:
        ch = text[i]
        if ch == "\\":
            i += 1
            out.append({"n": "\n", "t": "\t"}.get(text[i], text[i]))
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def read_po(path: Path) -> dict[str, Entry]:
    """msgid → Entry (the header has msgid "")."""
    entries: dict[str, Entry] = {}
    current: Entry | None = None
    key = ""
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if not line or line.startswith("#"):
            if current is not None and key:
                entries[current.msgid] = current
                current, key = None, ""
            continue
        if line.startswith('"'):
            value = _unquote(line)
            if key == "msgid":
                assert current is not None
                current.msgid += value
            elif key == "msgid_plural":
                assert current is not None
                current.plural += value
            elif current is not None:
                current.strings[-1] += value
            continue
        word, _, rest = line.partition(" ")
        if word == "msgid":
            if current is not None and key:
                entries[current.msgid] = current
            current, key = Entry(_unquote(rest)), "msgid"
        elif word == "msgid_plural":
            assert current is not None
            current.plural, key = _unquote(rest), "msgid_plural"
        elif word.startswith("msgstr"):
            assert current is not None
            current.strings.append(_unquote(rest))
            key = "msgstr"
    return entries


def write_po(path: Path, code: str, messages: dict[str, Entry], old: dict[str, Entry]) -> None:
    """The catalogue for `code` ("" for the template): today's messages, old translations kept."""
    header = "Content-Type: text/plain; charset=UTF-8\n"
    if code:
        header = f"Language: {code}\n{header}Plural-Forms: {PLURAL_FORMS[code]}\n"
    lines = ["# healthref interface (core). Edit msgstr; `python scripts/translations.py update`."]
    lines += ['msgid ""', 'msgstr ""', *(_quote(h + "\n") for h in header.splitlines()), ""]
    for msgid in sorted(messages):
        entry = messages[msgid]
        before = old.get(msgid)
        lines += [f"#: {' '.join(sorted(entry.where))}", f"msgid {_quote(msgid)}"]
        if entry.plural:
            count = int(PLURAL_FORMS[code].split(";")[0].split("=")[1]) if code else 2
            kept = before.strings if before and len(before.strings) == count else [""] * count
            lines.append(f"msgid_plural {_quote(entry.plural)}")
            lines += [f"msgstr[{i}] {_quote(s)}" for i, s in enumerate(kept)]
        else:
            kept_one = before.strings[0] if before and before.strings and code else ""
            lines.append(f"msgstr {_quote(kept_one)}")
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def write_mo(po: Path, mo: Path) -> None:
    """GNU .mo from a .po: translated messages only, sorted, so the bytes are reproducible."""
    pairs: list[tuple[bytes, bytes]] = []
    for entry in read_po(po).values():
        if not all(entry.strings) and entry.msgid:
            continue
        key = entry.msgid + ("\0" + entry.plural if entry.plural else "")
        pairs.append((key.encode(), "\0".join(entry.strings).encode()))
    pairs.sort()
    count = len(pairs)
    keys_at = 7 * 4
    values_at = keys_at + count * 8
    data_at = values_at + count * 8
    key_table, value_table, blob = [], [], b""
    for key, _value in pairs:
        key_table += [len(key), data_at + len(blob)]
        blob += key + b"\0"
    for _key, value in pairs:
        value_table += [len(value), data_at + len(blob)]
        blob += value + b"\0"
    header = struct.pack("Iiiiiii", 0x950412DE, 0, count, keys_at, values_at, 0, 0)
    tables = struct.pack(f"{len(key_table)}i", *key_table)
    tables += struct.pack(f"{len(value_table)}i", *value_table)
    mo.parent.mkdir(parents=True, exist_ok=True)
    mo.write_bytes(header + tables + blob)


def extract_core(folder: Path) -> None:
    messages = extract_core_messages()
    write_po(folder / "healthref.pot", "", messages, {})
    for code in LANGUAGES:
        po = folder / code / "LC_MESSAGES" / "healthref.po"
        write_po(po, code, messages, read_po(po) if po.exists() else {})


def compile_core(folder: Path, out: Path) -> None:
    for code in LANGUAGES:
        po = folder / code / "LC_MESSAGES" / "healthref.po"
        write_mo(po, out / code / "LC_MESSAGES" / "healthref.mo")


# --- strings that escape extraction -----------------------------------------------------------

VISIBLE_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "addMenu",
    "showMessage",
    "setHtml",
}
APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}
VISIBLE_WIDGETS = {"QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox"}


def _translated_text(node: ast.Call) -> tuple[ast.expr | None, str]:
    """The text argument of a tr()/translate() call, and how the call names its context."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "tr":
        owner = func.value if isinstance(func, ast.Attribute) else None
        how = "self" if isinstance(owner, ast.Name) and owner.id == "self" else "other"
        return (node.args[0] if node.args else None), how
    on_app = isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in APPLICATIONS
    if name == "translate" and (on_app or isinstance(func, ast.Name)) and len(node.args) >= 2:
        return node.args[1], "literal" if _literal(node.args[0]) else "other"
    return None, ""


def _shows_words(node: ast.expr) -> bool:
    text = _literal(node)
    return bool(text) and sum(ch.isalpha() for ch in text or "") > 2


def escapes(root: Path = UI_SRC, catalogue: Path | None = None) -> list[str]:
    """Where a user-visible string in the window escapes extraction: tr() of a variable or an
    expression, tr() on another object (its context is not the one lupdate records), a literal
    handed straight to a widget, or a literal tr() that the extracted catalogue lacks."""
    known: set[str] = set()
    if catalogue is not None and catalogue.exists():
        known = {m.findtext("source") or "" for m in ET.parse(catalogue).iter("message")}
    problems = []
    for path in sorted(root.rglob("*.py")):
        where = path.relative_to(root.parent).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            text, how = _translated_text(node)
            func = node.func
            if how:
                if text is None or _literal(text) is None:
                    problems.append(f"{where}:{node.lineno}: translates a variable or expression")
                elif how == "other":
                    problems.append(
                        f"{where}:{node.lineno}: tr() on another object; use self.tr "
                        "or QCoreApplication.translate with a literal context"
                    )
                elif known and _literal(text) not in known:
                    problems.append(f"{where}:{node.lineno}: not in the extracted catalogue")
                continue
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            shown = node.args[:1] if name in VISIBLE_SETTERS | VISIBLE_WIDGETS else []
            if any(_shows_words(arg) for arg in shown):
                problems.append(f"{where}:{node.lineno}: a literal shown without tr()")
    return problems


# --- the commands -----------------------------------------------------------------------------


def update(root: Path = TRANSLATIONS) -> None:
    extract_ui(root / "ui")
    extract_core(root / "core")
    compile_all(root)


def compile_all(root: Path = TRANSLATIONS) -> None:
    compile_ui(root / "ui", root / "ui")
    compile_core(root / "core", root / "core")


def stale_files(root: Path = TRANSLATIONS) -> list[str]:
    """The committed catalogue files that re-extracting and recompiling would change."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "translations"
        shutil.copytree(root, fresh)
        update(fresh)
        stale = []
        for path in sorted(fresh.rglob("*")):
            committed = root / path.relative_to(fresh)
            if path.is_file() and not (
                committed.exists() and filecmp.cmp(path, committed, shallow=False)
            ):
                stale.append(committed.relative_to(root.parent).as_posix())
        return stale


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        stale = stale_files()
        if stale:
            print("stale: run `python scripts/translations.py update`: " + ", ".join(stale))
        found = escapes(catalogue=TRANSLATIONS / "ui" / "healthref_fr.ts")
        for problem in found:
            print(problem)
        if stale or found:
            return 1
    else:
        print("usage: translations.py update | compile | check", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
