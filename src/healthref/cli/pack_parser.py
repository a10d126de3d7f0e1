"""The `pack` and `report` commands' parser entries (kept beside parser.py to keep it short)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]
    AddCommand = Callable[[Commands, str, str, str], argparse.ArgumentParser]


def add_pack_commands(commands: Commands, command: AddCommand) -> None:
    """`healthref pack keygen|build|verify|install|rollback|list|remove` and `report`."""
    report = command(
        commands, "report", "report_commands:report", "report a problem with an answer"
    )
    report.add_argument("slug", help="the article with the problem")
    report.add_argument("text", nargs="+", help="what is wrong")
    report.add_argument("--part", default="", help="which part of the answer (optional)")
    reports = command(
        commands,
        "intake-reports",
        "intake_commands:list_reports",
        "problem reports the receiver holds, per article, newest first",
    )
    reports.add_argument("--db")
    reports.add_argument("--json", action="store_true")
    reports.add_argument("--slug", help="only this article's reports")
    pack = command(commands, "pack", "pack_commands:usage", "signed content packs")
    packs = pack.add_subparsers(dest="pack_command", metavar="ACTION")
    keygen = command(packs, "keygen", "pack_commands:keygen", "make a signing key pair")
    keygen.add_argument("--out", type=Path, required=True, metavar="SECRET_KEY_FILE")
    keygen.add_argument("--name", required=True, help="who signs, as clinics will see it")
    build = command(packs, "build", "pack_commands:build", "build and sign a pack")
    build.add_argument("--content", type=Path, required=True, metavar="DIR")
    build.add_argument("--key", type=Path, required=True, metavar="SECRET_KEY")
    build.add_argument("--out", type=Path, required=True, metavar="FILE")
    build.add_argument("--previous", type=Path, metavar="FILE", help="pack or DB to compare with")
    build.add_argument("--addon", metavar="NAME", help="build a local add-on pack named NAME")
    build.add_argument("--title", default="", help="the add-on's title, shown beside its articles")
    build.add_argument("--emergency-number", default="", help="an add-on's local emergency number")
    build.add_argument("--released", default="", help="release time, ISO 8601 UTC (default: now)")
    verify = command(packs, "verify", "pack_commands:verify", "check a pack and print its manifest")
    verify.add_argument("file", type=Path)
    install = command(packs, "install", "pack_commands:install", "verify and install a pack")
    install.add_argument("file", type=Path)
    install.add_argument("--allow-downgrade", action="store_true")
    command(packs, "rollback", "pack_commands:rollback", "go back to the previous content")
    command(packs, "list", "pack_commands:list_packs", "the content in use and installed packs")
    remove = command(packs, "remove", "pack_commands:remove", "remove an add-on pack")
    remove.add_argument("name")
