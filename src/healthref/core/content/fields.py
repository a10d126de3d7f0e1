"""Reading typed values out of TOML front matter, each wrong one a Problem naming its field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from healthref.core.content.problems import Problem

__all__ = ["date_field", "text_field", "text_list_field"]


def text_field(
    data: dict[str, Any], key: str, path: Path, problems: list[Problem], label: str = ""
) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        problems.append(Problem(path, label or key, "must be text"))
        return ""
    return value.strip()


def text_list_field(
    data: dict[str, Any], key: str, path: Path, problems: list[Problem], label: str = ""
) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        problems.append(Problem(path, label or key, "must be a list of text"))
        return []
    return [item.strip() for item in value]


def date_field(
    data: dict[str, Any], key: str, path: Path, problems: list[Problem], label: str = ""
) -> str | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    problems.append(Problem(path, label or key, "must be a date like 2026-01-31"))
    return None
