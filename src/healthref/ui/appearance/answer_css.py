"""The answer pane's style sheet: resources/answer.css filled in with a theme and a text size."""

from __future__ import annotations

from pathlib import Path
from string import Template

from healthref.ui.appearance.colours import Colours

BODY_PT = 11.0
SMALL = 0.9  # small print: never below 90% of the body, so the largest size reaches it
HEADINGS = {"h1": 1.7, "h2": 1.3, "h3": 1.1}
TEXT_STEPS = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
NORMAL_STEP = 1


def load_template(resources: Path) -> str:
    """The template's text; "" if the file is missing (the pane still shows plain text)."""
    try:
        return (resources / "answer.css").read_text(encoding="utf-8")
    except OSError:
        return ""


def body_points(step: int, extra: float = 1.0) -> float:
    """The body text size in points for a text-size step (clamped to the known steps), times
    any extra scale (the kiosk's)."""
    return BODY_PT * TEXT_STEPS[max(0, min(step, len(TEXT_STEPS) - 1))] * extra


def answer_css(template: str, colours: Colours, step: int, extra: float = 1.0) -> str:
    """The template with every `$name` replaced; unknown names are left as they are."""
    body = body_points(step, extra)
    values: dict[str, str] = colours._asdict()
    values["body"] = f"{body:.1f}pt"
    values["small"] = f"{body * SMALL:.1f}pt"
    values |= {tag: f"{body * factor:.1f}pt" for tag, factor in HEADINGS.items()}
    return Template(template).safe_substitute(values)
