"""The article record, defined once: what its file says, what the content DB stores, what a
reader is shown. Stored as one canonical JSON document, so no column list repeats its fields."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from healthref.core.content.tier import Tier


@dataclass(frozen=True)
class Citation:
    """A numbered source the article's facts come from."""

    title: str
    publisher: str
    url: str
    licence: str


@dataclass(frozen=True)
class Review:
    """A clinician's sign-off: who, in what role, when, and when the next review is due."""

    reviewer: str
    role: str
    reviewed_on: str
    next_due: str = ""


@dataclass(frozen=True)
class HelpTiers:
    """When to get medical help, graded: each tier a list of short signs or actions."""

    emergency: tuple[str, ...] = ()
    today: tuple[str, ...] = ()
    days: tuple[str, ...] = ()
    home: tuple[str, ...] = ()
    no_emergency_reason: str = ""

    def items(self, tier: Tier) -> tuple[str, ...]:
        """The lines of one tier."""
        items: tuple[str, ...] = getattr(self, tier.value)
        return items


@dataclass(frozen=True)
class Article:
    """One question and its answer, exactly as written in content/articles/<slug>.md."""

    slug: str
    question: str
    category: str
    quick_answer: str
    key_facts: tuple[str, ...]
    aliases: tuple[str, ...]
    situations: tuple[str, ...]
    related: tuple[str, ...]
    updated: str
    help: HelpTiers
    citations: tuple[Citation, ...]
    body_markdown: str
    review: Review | None = None
    language: str = "en"

    def to_json(self) -> str:
        """Canonical JSON: the same article always gives the same bytes."""
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Article:
        """The inverse of to_json."""
        data: dict[str, Any] = json.loads(text)
        review = data.pop("review")
        return cls(
            **{
                **data,
                "key_facts": tuple(data["key_facts"]),
                "aliases": tuple(data["aliases"]),
                "situations": tuple(data["situations"]),
                "related": tuple(data["related"]),
                "help": _help_tiers(data["help"]),
                "citations": tuple(Citation(**c) for c in data["citations"]),
                "review": Review(**review) if review else None,
            }
        )


def _help_tiers(data: dict[str, Any]) -> HelpTiers:
    return HelpTiers(
        emergency=tuple(data["emergency"]),
        today=tuple(data["today"]),
        days=tuple(data["days"]),
        home=tuple(data["home"]),
        no_emergency_reason=data["no_emergency_reason"],
    )


@dataclass(frozen=True)
class RelatedLink:
    """A related question that links to another article."""

    slug: str
    question: str


@dataclass(frozen=True)
class ArticleView:
    """Everything the answer pane, `show` and the handout need about one article."""

    article: Article
    related: tuple[RelatedLink, ...]
    content_version: str = ""
