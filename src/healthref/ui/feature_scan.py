"""Spares each module imported after PySide6 its source scan: PySide reads the source of every
module imported after it, looking for its opt-in `from __feature__ import …` syntax (about 4 ms
of the first frame's CPU, by instruction count, and more before the first search). Each module
is registered as selecting no feature as it is found; one that does select features still does
(that import sets its own entry)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import MutableMapping, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

NO_FEATURE = 0  # PySide's value for a module that uses it and selects no feature


class _RegisterWithoutScan:
    """A meta path finder that finds nothing: it only enters each module's name first."""

    def __init__(self, selected: MutableMapping[str, int]) -> None:
        self._selected = selected

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        self._selected.setdefault(fullname, NO_FEATURE)
        return None


def install() -> bool:
    """Register modules as they are found, from now on; False where this PySide keeps its
    per-module feature selection elsewhere (the scan then runs as before)."""
    try:
        feature = importlib.import_module("PySide6.support.feature")  # PySide's own, untyped
    except ImportError:
        return False
    selected = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(selected, dict):
        return False
    if not any(isinstance(f, _RegisterWithoutScan) for f in sys.meta_path):
        sys.meta_path.insert(0, _RegisterWithoutScan(selected))
    return True
