"""Forgetting by design: every component that holds a visitor's state implements
`reset_for_new_visitor` and is registered where it is built; the kiosk resets them all."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class ForgetsVisitor(Protocol):
    """A component that can return to the state a new visitor should find."""

    def reset_for_new_visitor(self) -> None:
        """Drop everything the last visitor typed, opened, chose or changed."""


class VisitorStateOwners:
    """The registered owners of visitor state, reset in the order they were registered."""

    def __init__(self) -> None:
        self._owners: list[ForgetsVisitor] = []

    def register(self, owner: ForgetsVisitor) -> None:
        if owner not in self._owners:
            self._owners.append(owner)

    def owners(self) -> tuple[ForgetsVisitor, ...]:
        return tuple(self._owners)

    def reset_all(self) -> None:
        for owner in self._owners:
            owner.reset_for_new_visitor()
