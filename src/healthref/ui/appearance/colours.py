"""The named colour sets (light and dark), their Qt palettes, and WCAG contrast."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette


class Colours(NamedTuple):
    """Every colour the window paints itself; each text colour is ≥ 4.5:1 on its background."""

    name: str
    page: str  # the answer pane and list background
    window: str  # panels, dialogs, menus
    text: str
    muted: str  # dates, disclaimer, snippets, licences
    heading: str
    link: str
    category: str
    focus: str  # focus rings and the selected row
    on_focus: str  # text on the selected row
    rule: str  # table borders
    th: str  # table header background
    error: str
    quick_bg: str
    quick_border: str
    help_bg: str  # "Get help now if…" and the emergency tier
    help_border: str
    help_text: str
    today_bg: str
    today_border: str
    today_text: str
    days_bg: str
    days_border: str
    days_text: str
    home_bg: str  # care at home and the key takeaway
    home_border: str
    home_text: str
    none_bg: str
    none_border: str
    find_bg: str  # every find-in-page match
    find_current_bg: str  # the current match
    find_text: str
    kiosk_button: str
    still_bg: str
    still_border: str


LIGHT = Colours(
    name="light",
    page="#ffffff",
    window="#eff1f3",
    text="#1d2329",
    muted="#50575f",
    heading="#0e3a5f",
    link="#0b57a4",
    category="#2a6546",
    focus="#0b57a4",
    on_focus="#ffffff",
    rule="#6f7882",
    th="#e4e8ec",
    error="#a4161a",
    quick_bg="#e8f1fa",
    quick_border="#4a79a8",
    help_bg="#fdeceb",
    help_border="#b3261e",
    help_text="#8a1c1c",
    today_bg="#fff1dc",
    today_border="#a15c00",
    today_text="#7a4100",
    days_bg="#fdf8dc",
    days_border="#8a6d00",
    days_text="#614c00",
    home_bg="#eaf5ea",
    home_border="#3d7a47",
    home_text="#1f5228",
    none_bg="#f0f2f4",
    none_border="#6f7882",
    find_bg="#ffe066",
    find_current_bg="#ff9f43",
    find_text="#1d2329",
    kiosk_button="#245c2e",
    still_bg="#fff8e1",
    still_border="#8c6100",
)

DARK = Colours(
    name="dark",
    page="#1b1e22",
    window="#25292e",
    text="#e6e8eb",
    muted="#b3bac2",
    heading="#a9d0f5",
    link="#8cbcff",
    category="#94d3ac",
    focus="#8cbcff",
    on_focus="#10161d",
    rule="#8a939d",
    th="#2e343b",
    error="#ff9c94",
    quick_bg="#1e2c3b",
    quick_border="#6d9ccf",
    help_bg="#3b1d1c",
    help_border="#e5766f",
    help_text="#ffb8b0",
    today_bg="#37290f",
    today_border="#d4953a",
    today_text="#ffd08f",
    days_bg="#312e10",
    days_border="#c2ab3c",
    days_text="#f0de84",
    home_bg="#1b321f",
    home_border="#6cb97a",
    home_text="#aee0b6",
    none_bg="#2a2e33",
    none_border="#8a939d",
    find_bg="#806300",
    find_current_bg="#b85c00",
    find_text="#ffffff",
    kiosk_button="#2f7a3c",
    still_bg="#3a3012",
    still_border="#d4a23a",
)

THEMES = {"light": LIGHT, "dark": DARK}


def luminance(colour: str) -> float:
    """WCAG relative luminance of a #rrggbb colour."""
    qcolour = QColor(colour)

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(qcolour.red())
        + 0.7152 * channel(qcolour.green())
        + 0.0722 * channel(qcolour.blue())
    )


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(palette: QPalette) -> bool:
    """Whether a palette paints light text on a dark window (the system's dark mode)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def qpalette(colours: Colours) -> QPalette:
    """A full application palette painted from `colours`, so Qt's own widgets match."""
    role = QPalette.ColorRole
    palette = QPalette()
    pairs = {
        role.Window: colours.window,
        role.WindowText: colours.text,
        role.Base: colours.page,
        role.AlternateBase: colours.window,
        role.Text: colours.text,
        role.Button: colours.window,
        role.ButtonText: colours.text,
        role.BrightText: colours.error,
        role.Highlight: colours.focus,
        role.HighlightedText: colours.on_focus,
        role.Link: colours.link,
        role.LinkVisited: colours.link,
        role.ToolTipBase: colours.page,
        role.ToolTipText: colours.text,
        role.PlaceholderText: colours.muted,
        role.Mid: colours.rule,
        role.Dark: colours.rule,
        role.Shadow: colours.rule,
        role.Light: colours.page,
        role.Midlight: colours.window,
    }
    for which, colour in pairs.items():
        palette.setColor(which, QColor(colour))
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, which, QColor(colours.muted))
    return palette


def text_pairs(colours: Colours) -> dict[str, tuple[str, str]]:
    """Every (text, background) pair the window paints, by role name."""
    c = colours
    pairs = {
        "text": (c.text, c.page),
        "muted": (c.muted, c.page),
        "heading": (c.heading, c.page),
        "link": (c.link, c.page),
        "category": (c.category, c.page),
        "error": (c.error, c.window),
        "selected": (c.on_focus, c.focus),
        "th": (c.text, c.th),
        "quick link": (c.link, c.quick_bg),
        "quick heading": (c.heading, c.quick_bg),
        "help": (c.help_text, c.help_bg),
        "help body": (c.text, c.help_bg),
        "help link": (c.link, c.help_bg),
        "today": (c.today_text, c.today_bg),
        "days": (c.days_text, c.days_bg),
        "home": (c.home_text, c.home_bg),
        "home link": (c.link, c.home_bg),
        "none": (c.text, c.none_bg),
        "find": (c.find_text, c.find_bg),
        "find current": (c.find_text, c.find_current_bg),
        "window muted": (c.muted, c.window),
        "kiosk button": ("#ffffff", c.kiosk_button),
        "still there": (c.text, c.still_bg),
    }
    for part in ("today", "days", "home", "none"):
        pairs[f"{part} body"] = (c.text, getattr(c, f"{part}_bg"))
    return pairs


def border_pairs(colours: Colours) -> dict[str, tuple[str, str]]:
    """Every meaningful border and the colour painted beside it."""
    c = colours
    return {
        name: (getattr(c, f"{name}_border"), c.page)
        for name in ("quick", "help", "today", "days", "home", "none")
    } | {"rule": (c.rule, c.page), "focus": (c.focus, c.page), "still": (c.still_border, c.window)}


def current_colours(palette: QPalette | None = None) -> Colours:
    """The colour set matching `palette` (default: the application's)."""
    from PySide6.QtGui import QGuiApplication

    return DARK if is_dark(palette or QGuiApplication.palette()) else LIGHT
