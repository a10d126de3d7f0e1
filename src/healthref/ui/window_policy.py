"""What a window may do, decided when it is built: the ordinary desktop window, or the kiosk's
locked public screen (which keeps nothing between visitors)."""

from __future__ import annotations


class WindowPolicy:
    """The desktop window: it may close, remembers its layout, and reads and writes files.
    (A plain class: a dataclass would cost the first frame the dataclasses module.)"""

    __slots__ = ("allow_files", "exit_authorised", "kiosk", "remember_layout")

    def __init__(
        self,
        *,
        kiosk: bool = False,
        remember_layout: bool = True,
        allow_files: bool = True,
        exit_authorised: bool = True,
    ) -> None:
        self.kiosk = kiosk
        self.remember_layout = remember_layout
        self.allow_files = allow_files
        self.exit_authorised = exit_authorised

    def may_close(self) -> bool:
        """Whether a close request (the window's X, Alt+F4, Ctrl+Q) is honoured."""
        return self.exit_authorised


def kiosk_policy() -> WindowPolicy:
    """The kiosk: closes only after the operator's PIN, keeps no layout, opens no files."""
    return WindowPolicy(kiosk=True, remember_layout=False, allow_files=False, exit_authorised=False)
