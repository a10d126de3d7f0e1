"""Back and forward between answers, like a browser's history for this session."""

from __future__ import annotations


class ReadingTrail:
    """The answers opened in order, and where the reader stands in that list."""

    def __init__(self) -> None:
        self._slugs: list[str] = []
        self._index = -1

    def visit(self, slug: str) -> None:
        """A newly opened answer: forward steps are dropped, as in a browser."""
        if self._slugs and self._slugs[self._index] == slug:
            return
        del self._slugs[self._index + 1 :]
        self._slugs.append(slug)
        self._index = len(self._slugs) - 1

    def step(self, offset: int) -> str | None:
        """Move back (-1) or forward (1); the slug to show, or None at either end."""
        target = self._index + offset
        if 0 <= target < len(self._slugs):
            self._index = target
            return self._slugs[target]
        return None

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return 0 <= self._index < len(self._slugs) - 1

    def slugs(self) -> tuple[str, ...]:
        return tuple(self._slugs)

    def position(self) -> int:
        """The index of the answer being read (-1 when none)."""
        return self._index

    def restore(self, slugs: tuple[str, ...], index: int) -> str | None:
        """Take up a trail kept from an earlier session; the slug to show, if any."""
        self._slugs = list(slugs)
        self._index = index if 0 <= index < len(slugs) else len(slugs) - 1
        return self._slugs[self._index] if self._slugs else None

    def reset_for_new_visitor(self) -> None:
        self._slugs.clear()
        self._index = -1
