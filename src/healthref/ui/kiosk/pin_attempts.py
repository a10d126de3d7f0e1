"""Operator PIN attempts: after three wrong PINs each further try waits longer (30 s, then
doubling, at most 15 minutes). Attempts are logged; the PIN never is."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

FREE_ATTEMPTS = 3
FIRST_DELAY = 30
MAX_DELAY = 15 * 60

log = logging.getLogger("healthref.kiosk")


class PinAttempts:
    """Counts wrong PINs and says how long the next attempt must wait."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.wrong = 0
        self._not_before = 0.0

    def wait_seconds(self) -> int:
        """Seconds before a PIN may be tried again (0: now)."""
        return max(0, int(self._not_before - self.clock() + 0.999))

    def failed(self) -> int:
        """A wrong PIN: the delay it earns (0 for the first three)."""
        self.wrong += 1
        delay = 0
        if self.wrong >= FREE_ATTEMPTS:
            delay = min(MAX_DELAY, FIRST_DELAY * 2 ** (self.wrong - FREE_ATTEMPTS))
            self._not_before = self.clock() + delay
        log.warning("wrong operator PIN (%d in a row); next try in %d s", self.wrong, delay)
        return delay

    def refused(self) -> None:
        log.warning("operator PIN not checked: %d s still to wait", self.wait_seconds())

    def succeeded(self) -> None:
        log.info("operator PIN accepted after %d wrong", self.wrong)
        self.wrong = 0
        self._not_before = 0.0
