"""The urgency tiers of "When to get medical help" (apart from the article record, so the
first frame's notices need not load it)."""

from __future__ import annotations

from enum import StrEnum


class Tier(StrEnum):
    """The urgency tiers of "When to get medical help", most urgent first."""

    EMERGENCY = "emergency"
    TODAY = "today"
    DAYS = "days"
    HOME = "home"
