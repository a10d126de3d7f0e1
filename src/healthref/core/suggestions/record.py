"""The suggestion record, defined once: what travels (over HTTP, in export files, to the
receiver) and what this machine adds to it (status and delivery bookkeeping)."""

from __future__ import annotations

import math
import uuid
from dataclasses import asdict, dataclass, fields
from enum import StrEnum

from healthref.core.failures import KnownFailure

MAX_TIMES_ASKED = 1_000_000


class SuggestionStatus(StrEnum):
    """Where a suggestion stands on this machine."""

    PENDING = "pending"
    SENT = "sent"
    REJECTED = "rejected"


class RecordKind(StrEnum):
    """What a record is: a question someone could not find, or a problem with an answer."""

    QUESTION = "question"
    PROBLEM = "problem"


class RecordInvalid(KnownFailure):
    """A record from a file or the network is not a well-formed suggestion."""


@dataclass(frozen=True)
class WireSuggestion:
    """A suggestion as it travels; the receiver deduplicates by `id`."""

    id: str
    text: str
    note: str = ""
    category: str = ""
    language: str = "en"
    created_at: str = ""
    app_version: str = ""
    content_version: str = ""
    times_asked: int = 1
    kind: str = RecordKind.QUESTION
    slug: str = ""  # a problem report: the article it is about
    part: str = ""  # a problem report: which part of the answer (may be empty)

    def to_wire(self) -> dict[str, object]:
        """The JSON object sent and exported."""
        return {f.name: getattr(self, f.name) for f in fields(WireSuggestion)}

    @classmethod
    def from_wire(cls, data: object) -> WireSuggestion:
        """Check types and shape; raises RecordInvalid naming what is wrong."""
        if not isinstance(data, dict):
            raise RecordInvalid("not a JSON object")
        try:
            ident = str(uuid.UUID(str(data.get("id", ""))))
        except ValueError as exc:
            raise RecordInvalid("no valid id") from exc
        values: dict[str, object] = {"id": ident}
        for field in fields(cls):
            if field.name in ("id", "times_asked"):
                continue
            value = data.get(field.name, field.default if field.name != "text" else None)
            if not isinstance(value, str):
                raise RecordInvalid(f"{field.name} must be text")
            values[field.name] = value
        values["times_asked"] = _times_asked(data.get("times_asked", 1))
        if values["kind"] not in tuple(RecordKind):
            raise RecordInvalid(f"kind must be one of {', '.join(RecordKind)}")
        if values["kind"] == RecordKind.PROBLEM and not values["slug"]:
            raise RecordInvalid("a problem report needs the slug of its article")
        return cls(**values)  # type: ignore[arg-type]


def _times_asked(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RecordInvalid("times_asked must be a whole number")
    if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
        raise RecordInvalid("times_asked must be a whole number")
    number = int(value)
    if not 1 <= number <= MAX_TIMES_ASKED:
        raise RecordInvalid(f"times_asked must be between 1 and {MAX_TIMES_ASKED}")
    return number


@dataclass(frozen=True)
class SuggestionView(WireSuggestion):
    """A suggestion as listed on this machine: the record plus its delivery state."""

    status: str = SuggestionStatus.PENDING
    attempts: int = 0
    last_error: str = ""
    acknowledged_at: str = ""

    def wire(self) -> WireSuggestion:
        """Only what travels."""
        return WireSuggestion(**self.to_wire())  # type: ignore[arg-type]

    def as_dict(self) -> dict[str, object]:
        """Every field, for `suggestions --json`."""
        return asdict(self)
