"""One rule per settings key: its type and range, checked strictly (12.9 is not a whole number,
"5" is not a PIN hash), with the file and key named in every message."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from healthref.core.failures import KnownFailure


class SettingsError(KnownFailure):
    """The settings file is unreadable or has a wrong value; the message names it."""


class Rule(NamedTuple):
    """What one key accepts."""

    kind: type
    minimum: float | None = None
    maximum: float | None = None
    check: Callable[[Any], str | None] | None = None  # a reason the value is wrong, or None


def _kind_name(kind: type) -> str:
    names = {int: "a whole number", float: "a number", bool: "true or false", str: "text"}
    return names.get(kind, "a list")


def _accepts(kind: type, value: object) -> bool:
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, kind)


def read_section(
    path: Path, name: str, table: object, rules: dict[str, Rule], defaults: dict[str, Any]
) -> dict[str, Any]:
    """The section's values over its defaults; SettingsError names file, section and key."""
    if table is None:
        return dict(defaults)
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: [{name}] must be a table")
    unknown = sorted(set(table) - set(rules))
    if unknown:
        raise SettingsError(
            f"{path}: [{name}] has unknown setting(s) {', '.join(unknown)} "
            f"(known: {', '.join(sorted(rules))})"
        )
    values = dict(defaults)
    for key, value in table.items():
        rule = rules[key]
        where = f"{path}: [{name}] {key}"
        if not _accepts(rule.kind, value):
            raise SettingsError(f"{where} must be {_kind_name(rule.kind)}, not {value!r}")
        if rule.minimum is not None and value < rule.minimum:
            raise SettingsError(f"{where} must be at least {rule.minimum:g}")
        if rule.maximum is not None and value > rule.maximum:
            raise SettingsError(f"{where} must be at most {rule.maximum:g}")
        reason = rule.check(value) if rule.check else None
        if reason:
            raise SettingsError(f"{where} {reason}")
        values[key] = float(value) if rule.kind is float else value
    return values
