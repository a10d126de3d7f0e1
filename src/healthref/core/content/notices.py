"""Fixed wording shown with answers: the disclaimer, review status, urgency tiers, licences."""

from healthref.core.content.tier import Tier

DISCLAIMER = (
    "For information only. This is not a diagnosis and does not replace advice from a "
    "doctor, nurse or other health worker who can examine you."
)
NOT_REVIEWED = "Not yet reviewed by a clinician"
HELP_TITLE = "When to get medical help"
HELP_NOW_TITLE = "Get help now if…"
HELP_NOW_LINK = "All the signs, and when to act"
HELP_NOW_FRAME = (
    "Call your local emergency number now if:"  # short: the box must fit the first screen
)
NO_EMERGENCY_TITLE = "No emergency signs listed"

# Each tier's name, then its time frame, in words that work without colour.
TIER_LABELS: dict[Tier, tuple[str, str]] = {
    Tier.EMERGENCY: (
        "Get emergency help now",
        "Call your local emergency number or go to the nearest emergency department now if:",
    ),
    Tier.TODAY: (
        "See a health worker today",
        "The same day, within 24 hours; do not wait for a routine appointment, if:",
    ),
    Tier.DAYS: (
        "See a health worker within a few days",
        "Within 2 to 3 days, sooner if it gets worse, if:",
    ),
    Tier.HOME: ("Care at home", "What you can do yourself:"),
}

# Licence tags in words a reader understands.
LICENCE_WORDS = {
    "public-domain": "public domain",
    "fair-use": "quoted under fair use; copyright of the publisher",
    "CC-BY-4.0": "Creative Commons Attribution 4.0",
    "CC-BY-SA-4.0": "Creative Commons Attribution-ShareAlike 4.0",
    "CC-BY-3.0-IGO": "Creative Commons Attribution 3.0 IGO",
    "CC-BY-NC-SA-3.0-IGO": "Creative Commons Attribution-NonCommercial-ShareAlike 3.0 IGO",
    "OGL-3.0": "Open Government Licence 3.0",
}
