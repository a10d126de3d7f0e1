"""The builder's checks of a translation against its English original: the same shape, the
same urgency tiers and emergency signs, the same numbers, nothing left in English."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from healthref.core.content.labels import labels_for
from healthref.core.content.problems import Problem
from healthref.core.content.rules import RAW_HTML, section_titles, word_count
from healthref.core.content.tier import Tier
from healthref.core.content.translations import PENDING

if TYPE_CHECKING:
    from healthref.core.content.article import Article
    from healthref.core.content.sources import ArticleFile

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Thousands separators: "1 000" (French) and "1,000" (English) are one number, 1000.
_THOUSANDS = {
    "fr": re.compile(r"(?<=\d)[\u202f\u00a0 ](?=\d{3}\b)"),
    "en": re.compile(r"(?<=\d),(?=\d{3}\b)"),
}
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# Untranslated English is found by its function words: a sentence left in English almost
# always holds one of these, and none of them is a French word.
ENGLISH_WORDS = frozenset(
    """the and with your you is are of this that when if not have has can should will from
    they which what how it who does do don't these those their there been would could about
    into after before because""".split()
)
MIN_SITUATIONS = 8
MIN_ALIASES = 3
MAX_SITUATION_WORDS = 25
BOX_ITEMS, BOX_ITEM_WORDS, ITEM_WORDS = 4, 18, 25
QUICK_ANSWER_WORDS, QUICK_ANSWER_SENTENCES = 75, 3
BODY_RATIO = (0.85, 1.6)  # translated body words ÷ English body words


def sentence_count(text: str) -> int:
    """Sentences, each ended by . ! or ? and a space (or the end)."""
    return len([s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s])


def numbers(text: str, language: str = "fr") -> Counter[str]:
    """Every number in a text, thousands separators dropped and a decimal comma read as a
    point ("37,5" is 37.5)."""
    text = _THOUSANDS[language].sub("", text) if language in _THOUSANDS else text
    return Counter(n.replace(",", ".") for n in NUMBER.findall(text))


def checked_text(article: Article) -> str:
    """The text whose numbers must match: question, quick answer, facts, tiers and body."""
    parts = [article.question, article.quick_answer, *article.key_facts]
    for tier in Tier:
        parts += article.help.items(tier)
    parts += [article.help.no_emergency_reason, article.body_markdown]
    return "\n".join(parts)


def english_left(article: Article) -> list[str]:
    """English function words found anywhere a reader or search sees the translation."""
    text = "\n".join((checked_text(article), *article.situations, *article.aliases))
    return sorted({w for w in (m.casefold() for m in WORD.findall(text)) if w in ENGLISH_WORDS})


def check_translation(loaded: ArticleFile, original: Article, language: str) -> list[Problem]:
    """Every way the translation departs from its original, each naming its field."""
    found: list[Problem] = []
    article = loaded.article

    def problem(field: str, message: str) -> None:
        found.append(Problem(loaded.path, field, message))

    if article.language != language:
        problem("language", f'must be "{language}" for a file in articles/{language}/')
    if not loaded.original_version:
        problem("original_version", 'is missing (write "pending"; the stamp command fills it)')
    elif loaded.original_version == PENDING:
        problem(
            "original_version",
            'is "pending": run `healthref content stamp-translations` once the translation '
            "matches the current English",
        )
    _check_fields(article, original, problem)
    _check_help(article, original, problem)
    _check_body(article, original, language, problem)
    ours = numbers(checked_text(article), article.language)
    theirs = numbers(checked_text(original), original.language)
    if ours != theirs:
        missing, extra = sorted((theirs - ours).elements()), sorted((ours - theirs).elements())
        problem("numbers", f"differ from the English: missing {missing}, extra {extra}")
    left = english_left(article)
    if left:
        problem("text", f"English left untranslated (words {', '.join(left)})")
    return found


Report = Callable[[str, str], None]


def _check_fields(article: Article, original: Article, problem: Report) -> None:
    for name in ("question", "quick_answer", "updated"):
        if not getattr(article, name):
            problem(name, "is missing")
    words, sentences = word_count(article.quick_answer), sentence_count(article.quick_answer)
    if words > QUICK_ANSWER_WORDS or sentences > QUICK_ANSWER_SENTENCES:
        problem(
            "quick_answer",
            f"has {words} words and {sentences} sentence(s); at most {QUICK_ANSWER_WORDS} and "
            f"{QUICK_ANSWER_SENTENCES} (French runs longer than the English 60)",
        )
    if article.category != original.category:
        problem("category", "must be copied unchanged from the English")
    if article.related != original.related:
        problem("related", "must be copied unchanged from the English")
    if article.citations != original.citations:
        problem("sources", "must be copied unchanged from the English, every one, same order")
    if len(article.key_facts) != len(original.key_facts):
        problem(
            "key_facts", f"has {len(article.key_facts)}; the English has {len(original.key_facts)}"
        )
    if len(article.aliases) < MIN_ALIASES:
        problem("aliases", f"has {len(article.aliases)}; needs at least {MIN_ALIASES}")
    if len(article.situations) < MIN_SITUATIONS:
        problem("situations", f"has {len(article.situations)}; needs at least {MIN_SITUATIONS}")
    for situation in article.situations:
        if word_count(situation) > MAX_SITUATION_WORDS:
            problem("situations", f"over {MAX_SITUATION_WORDS} words: {situation!r}")
    if len({s.casefold() for s in article.situations}) != len(article.situations):
        problem("situations", "has the same situation twice")


def _check_help(article: Article, original: Article, problem: Report) -> None:
    for tier in Tier:
        ours, theirs = article.help.items(tier), original.help.items(tier)
        if len(ours) != len(theirs):
            what = "emergency signs" if tier is Tier.EMERGENCY else "items"
            problem(f"help.{tier}", f"has {len(ours)} {what}; the English has {len(theirs)}")
        for number, item in enumerate(ours, start=1):
            label = f"help.{tier}[{number}]"
            limit = BOX_ITEM_WORDS if tier is Tier.EMERGENCY and number <= BOX_ITEMS else ITEM_WORDS
            if word_count(item) > limit:
                problem(label, f"has {word_count(item)} words; at most {limit}")
            if item[:1].isupper() or item.rstrip().endswith("."):
                problem(label, "starts lower-case and ends without a full stop")
    if bool(article.help.no_emergency_reason) != bool(original.help.no_emergency_reason):
        problem("help.no_emergency_reason", "present exactly when the English has it")


def _check_body(article: Article, original: Article, language: str, problem: Report) -> None:
    body = article.body_markdown
    if RAW_HTML.search(body):
        problem("body", "contains raw HTML; use Markdown only")
    ours, theirs = section_titles(body), section_titles(original.body_markdown)
    if len(ours) != len(theirs):
        problem("body", f"has {len(ours)} '##' sections; the English has {len(theirs)}")
    takeaway = labels_for(language).takeaway
    if not ours or ours[-1] != takeaway:
        problem("body", f"must end with a '## {takeaway}' section")
    low, high = BODY_RATIO
    words, english = word_count(body), word_count(original.body_markdown)
    if not low * english <= words <= high * english:
        problem("body", f"has {words} words against the English {english}: something is missing")
