"""A synthetic corpus of any size that passes every build rule: each article is a real
article's file with a made-up condition in its question, aliases and body, and its body's
paragraphs reshuffled from the real corpus's sentences."""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

SYLLABLES = "ba ko ri tem lu nos xa dri pel mo qui zan ve sto ra gli fen ous tri mab".split()
_FRONT = re.compile(r"\A\+\+\+\n(.*?)\n\+\+\+\n", re.S)


def made_up_name(number: int) -> str:
    """A unique pronounceable condition name for article `number` ("kotemritis")."""
    parts = []
    while True:
        number, digit = divmod(number, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
        if number == 0:
            break
    return "".join(parts) + "itis"


def _replace_line(front: str, key: str, value: str) -> str:
    return re.sub(rf"(?m)^{key} = .*$", lambda _m: f"{key} = {value}", front, count=1)


def write_synthetic_corpus(size: int, content: Path, folder: Path, seed: int = 7) -> None:
    """`size` articles under folder/articles, with content/'s topics, synonyms and
    emergencies (emergency phrases point at real slugs, so they are dropped)."""
    rng = random.Random(seed)
    sources = sorted((content / "articles").glob("*.md"))
    fronts: list[str] = []
    sentences: list[str] = []
    for path in sources:
        text = path.read_text(encoding="utf-8")
        match = _FRONT.match(text)
        assert match, path
        fronts.append(match.group(1))
        body = text[match.end() :]
        sentences += [
            s.strip() + "."
            for s in body.replace("\n", " ").split(". ")
            if 40 < len(s) < 220
            and not set(s) & set("#|*-[")
            and not re.search(r"(?i)\b(soon|urgent|urgently|immediately|straight away)\b", s)
        ]
    articles = folder / "articles"
    articles.mkdir(parents=True)
    for name in ("topics.tsv", "synonyms.toml"):
        shutil.copy(content / name, folder / name)
    (folder / "emergencies.toml").write_text("", encoding="utf-8")
    slugs = [f"synthetic-{n}" for n in range(size)]

    def paragraph(words: int) -> str:
        out: list[str] = []
        while sum(len(s.split()) for s in out) < words:
            out.append(rng.choice(sentences))
        return " ".join(out)

    for n, slug in enumerate(slugs):
        front = fronts[n % len(fronts)]
        name = made_up_name(n)
        question = re.search(r'(?m)^question = "(.*)"$', front)
        assert question
        stem_words = question.group(1).rstrip("?").rsplit(" ", 1)[0]
        front = _replace_line(front, "question", json.dumps(f"{stem_words} {name}?"))
        front = _replace_line(
            front, "aliases", json.dumps([f"{name} disease", f"{name} signs", f"{name} care"])
        )
        front = _replace_line(
            front, "related", json.dumps([slugs[(n + 1) % size], slugs[(n + 2) % size]])
        )
        body = (
            f"## About {name}\n\n{paragraph(120)}\n\n## Causes\n\n{paragraph(120)}\n\n"
            f"## Care at home\n\n{paragraph(120)}\n\n## Key takeaway\n\n{paragraph(40)}\n"
        )
        (articles / f"{slug}.md").write_text(f"+++\n{front}\n+++\n\n{body}", encoding="utf-8")
