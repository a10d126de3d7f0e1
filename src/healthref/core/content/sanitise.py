"""The one HTML sanitiser policy: which tags, attributes and link schemes an answer may carry."""

from __future__ import annotations

import nh3

ALLOWED_TAGS = {
    "h2",
    "h3",
    "h4",
    "p",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
    "br",
    "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "th": {"align"}, "td": {"align"}}
LINK_SCHEMES = {"article", "https"}


def sanitise_html(html: str) -> str:
    """Keep only the tags, attributes and link schemes an answer may carry."""
    return str(
        nh3.clean(
            html,
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=LINK_SCHEMES,
            link_rel=None,
        )
    )
