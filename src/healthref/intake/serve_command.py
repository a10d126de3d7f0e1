"""`healthref serve-intake`: check the token, open the store, serve until Ctrl+C."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
from typing import TextIO

from healthref.core.settings.file import TOKEN_ENV
from healthref.intake.server import ServerConfig, serve
from healthref.intake.store import open_store


def serve_until_interrupted(
    token: str | None,
    db_url: str,
    host: str,
    port: int,
    threads: int,
    timeout: float,
    out: TextIO,
) -> int:
    """Run the receiver in the foreground; ValueError (one line) for a known failure."""
    token = token or os.environ.get(TOKEN_ENV, "")
    if len(token) < 8:
        raise ValueError(
            f"a shared token of 8 or more characters is required (--token or ${TOKEN_ENV})"
        )
    if not 1 <= threads <= 256 or not 0.5 <= timeout <= 3600:
        raise ValueError("--threads must be 1 to 256 and --timeout 0.5 to 3600 seconds")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    logging.getLogger("waitress").setLevel(logging.WARNING)
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # queueing in a burst is normal
    engine = open_store(db_url, pool_size=threads)
    try:
        server = serve(engine, token, host, port, ServerConfig(threads, timeout))
    except OSError as exc:
        raise ValueError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    out.write(
        f"Receiving suggestions on http://{host}:{server.port}/v1/suggestions "
        f"with {threads} workers (Ctrl+C stops)\n"
    )
    out.flush()
    stopping = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    with contextlib.suppress(KeyboardInterrupt):
        stopping.wait()
    server.stop()
    engine.dispose()
    return 0
