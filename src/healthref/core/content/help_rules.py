"""Rules for "When to get medical help": every tier a time frame, an emergency tier or a
reviewed reason for none, and a key takeaway that never grades lower than the tiers."""

from __future__ import annotations

import re
from collections.abc import Callable

from healthref.core.content.article import Article
from healthref.core.content.tier import Tier

# Words that say "hurry" without saying by when; the tier heading gives the time frame.
VAGUE_TIME = re.compile(
    r"\b(soon|urgently|urgent|promptly|as soon as possible|right away|immediately)\b", re.I
)
TIME_FRAME = re.compile(
    r"\b(now|today|tonight|same day|within \d+|hours?|\d+ (?:days?|weeks?)|24|48|72)\b", re.I
)
MAX_ITEMS = {Tier.EMERGENCY: 8, Tier.TODAY: 8, Tier.DAYS: 8, Tier.HOME: 6}
MAX_ITEM_WORDS = 20
# The "Get help now if…" box under the quick answer shows this many emergency signs.
BOX_ITEMS = 4
MAX_BOX_ITEM_WORDS = 14
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_TAKEAWAY = re.compile(r"^##[ \t]+Key takeaway\s*$(.*)", re.M | re.S)


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def vague_without_time_frame(text: str) -> list[str]:
    """The vague time words in `text` that have no time frame within a few words of them."""
    found: list[str] = []
    for match in VAGUE_TIME.finditer(text):
        around = text[max(0, match.start() - 40) : match.end() + 40]
        if not TIME_FRAME.search(around):
            found.append(match.group(0))
    return found


def check_help(article: Article, report: Callable[[str, str], None]) -> None:
    """Report every broken rule of the article's [help] tiers and its key takeaway."""
    tiers = article.help
    if not (tiers.emergency or tiers.today or tiers.days):
        report("help", "needs at least one sign in emergency, today or days")
    if not tiers.emergency and not tiers.no_emergency_reason:
        report(
            "help.emergency",
            "is missing: list the signs that need emergency help, or give a reviewed "
            "no_emergency_reason",
        )
    if tiers.emergency and tiers.no_emergency_reason:
        report("help.no_emergency_reason", "only when there is no emergency tier")
    for tier in Tier:
        items = tiers.items(tier)
        if len(items) > MAX_ITEMS[tier]:
            report(f"help.{tier}", f"has {len(items)} items; at most {MAX_ITEMS[tier]}")
        for number, item in enumerate(items, start=1):
            label = f"help.{tier}[{number}]"
            in_box = tier is Tier.EMERGENCY and number <= BOX_ITEMS
            limit = MAX_BOX_ITEM_WORDS if in_box else MAX_ITEM_WORDS
            if not item:
                report(label, "is empty")
            elif _words(item) > limit:
                report(label, f"has {_words(item)} words; at most {limit}")
            for word in VAGUE_TIME.findall(item):
                report(label, f"says {word!r}: the tier already gives the time frame")
    match = _TAKEAWAY.search(article.body_markdown)
    if match:
        for word in vague_without_time_frame(match.group(1)):
            report("Key takeaway", f"says {word!r} without a time frame")
