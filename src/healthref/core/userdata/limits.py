"""How long a saved question's note may be: shared by the records, which check it, and the
note field, which the window shows before the records are loaded."""

from __future__ import annotations

NOTE_LIMIT = 200
