"""Errors and background failures go to a rotating log file in the user folder. Messages
name what failed and why; no suggestion text or other personal words are written."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "healthref.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3


def configure_logging(log_dir: Path) -> Path | None:
    """Send WARNING and above to <log_dir>/healthref.log (rotated); None if it cannot be made."""
    root = logging.getLogger("healthref")
    target = (log_dir / LOG_NAME).absolute()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            if Path(handler.baseFilename) == target:
                return target
            root.removeHandler(handler)  # another home's log: this run writes to its own
            handler.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    return log_dir / LOG_NAME
